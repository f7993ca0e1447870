<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>cli</name>
    <message>
        <source>Starling&apos;s inbox from a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the profile in &lt;dir&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1. See --help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A desktop inbox for X, Mastodon and Bluesky.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the profile in &lt;dir&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try Starling on a sandbox network, in a throw-away profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo network could not start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>starling::AccountListModel</name>
    <message>
        <source>@%1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>starling::AccountManager</name>
    <message>
        <source>The account has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@%1 on %2 is already added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is not there any more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>starling::AccountStatus</name>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limited until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in expired: sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyring unavailable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>starling::AccountSwitcherModel</name>
    <message>
        <source>All accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every account in one inbox (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (Ctrl+%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: %3%4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>starling::AddAccountDialog</name>
    <message>
        <source>Sign in with the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an X account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client ID of your X app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you to allow Starling in the browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in. Reading the account…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>starling::ComposeWidget</name>
    <message>
        <source>Switch to DM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose between a public reply and a direct message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer in public with a link that opens a DM with you, then write the DM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach an image, GIF or video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert an emoji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emoji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images and videos (*.png *.jpg *.jpeg *.gif *.webp *.mp4 *.mov)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>🔒 Direct message to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>🌐 Public reply, visible to everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply in public instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply by DM instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a private message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a public reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>starling::ConversationDelegate</name>
    <message>
        <source>DM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mention</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>starling::ConversationListModel</name>
    <message>
        <source>Unknown person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>starling::CredentialStore</name>
    <message>
        <source>The secret is not in the keyring, or the keyring is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the keyring was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring is not available (%1). Starling keeps sign-ins only there: start or unlock your keyring, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring did not return what was stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>starling::Error</name>
    <message>
        <source>The network could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server took too long to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests; the server asked us to wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was revoked; please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this action for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It could not be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had a problem; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an answer Starling could not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database could not be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service Starling needs on this computer is not available.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>starling::HttpClient</name>
    <message>
        <source>Too many requests to %1; try again after %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The server said: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request has no valid address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from %1 was too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent an answer Starling could not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirected the request elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1. Check the network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from %1 was cut short.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>starling::InboxActions</name>
    <message>
        <source>Happy to help! Let&apos;s continue in a direct message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message is not waiting to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>starling::InboxView</name>
    <message>
        <source>Search all messages…  /</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search every stored message. &quot;Quotes&quot; match a phrase, word* a beginning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All caught up. New messages and mentions appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>starling::MainWindow</name>
    <message>
        <source>Starling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starling — Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚙ Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing %1 %2: page %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New post…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply by DM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done / open again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: all accounts up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⏵ Sync: ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⏵ Sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>starling::MessageDelegate</name>
    <message>
        <source>🕓 queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>! failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>📎 %n attachment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>starling::NewPostDialog</name>
    <message>
        <source>New post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts to post from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would you like to share?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>📎 Attach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images and videos (*.png *.jpg *.jpeg *.gif *.webp *.mp4 *.mov)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>starling::OAuthLoopbackFlow</name>
    <message numerus="yes">
        <source>The sign-in to %1 was not finished within %n minute(s). Please try again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This sign-in was already used; start a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starling could not wait for the answer from %1 on port %2 of this computer (%3). Close the program that uses this port and try again, or register a callback URL with another port for your app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starling could not wait for the answer from %1 on this computer (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was cancelled in Starling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in link was already used. Start the sign-in again from Starling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer did not belong to the sign-in Starling started, so it was refused for your safety.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to your %1 account was not granted, so Starling is not signed in. %1 said: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not complete the sign-in right now; try again later. %1 said: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the sign-in request. Check the client ID, and that the app&apos;s callback URL is exactly %2. %1 said: “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from %1 did not contain a sign-in code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not accept the sign-in code. A code works only once and only for a short time (30 seconds on X); please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not accept the sign-in code. A code works only once and only for a short time (30 seconds on X); please sign in again. %1 said: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in – Starling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starling has what it needs. You can close this tab and go back to Starling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed – Starling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starling could not sign in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can close this tab and try again from Starling.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>starling::OAuthTokenEndpoint</name>
    <message>
        <source>%1 answered the sign-in with something Starling could not use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>starling::Outbox</name>
    <message>
        <source>An outgoing message needs a client key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reply needs the post it answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A direct message needs someone to go to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no failed message to send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retry could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>starling::Profile</name>
    <message>
        <source>The profile folder %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>starling::ProfilePane</name>
    <message>
        <source>Conversations with you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations with this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only on this computer; never sent anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything worth remembering about this person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>starling::SearchResultDelegate</name>
    <message>
        <source>You wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They wrote</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>starling::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account to choose its notifications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check while a conversation is open, every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check otherwise, every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starling never asks a network more often than its rate limit allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing the window keeps Starling in the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start hidden in the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language (after a restart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data is kept on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove @%1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starling will forget @%1 and delete its sign-in from the keychain. What should happen to its stored conversations?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>starling::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next / previous conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the conversation and write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply (in public on a mention)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply by direct message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done, or open again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search all messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1 … 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All accounts, then each account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the profile pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>starling::Store</name>
    <message>
        <source>The account is not in the local database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A snoozed conversation needs a time to return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile was written by a newer version of Starling (database version %1; this version knows up to %2). Update Starling to open it. Nothing in the profile was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has not been prepared yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Starling database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database&apos;s schema version is unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A page from the server was not stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database failed (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>starling::SyncService</name>
    <message>
        <source>The account is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>starling::ThreadView</name>
    <message>
        <source>Select a conversation to read it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done, or open again (E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group DM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>starling::TokenRefresher</name>
    <message>
        <source>The system keyring could not be used for the %1 account. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in to %1 has expired and Starling found no way to renew it in the system keyring. If the keyring is locked, unlock it; otherwise sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer accepts this account&apos;s sign-in. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer accepts this account&apos;s sign-in. Please sign in again. %1 said: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in gave no access token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>starling::TrayIcon</name>
    <message>
        <source>Starling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide Starling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Starling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause notifications for an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Starling: %n unread</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mentioned %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new messages</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Newest on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>starling::XClient</name>
    <message>
        <source>X does not allow this reply: its author did not mention this account, or the conversation&apos;s reply settings exclude it. Answer by direct message instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X refused this action for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X refused this action: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an X conversation id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s X user id is not known yet; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A direct message needs text or an attachment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X allows one attachment per direct message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A direct message needs a conversation or 1 to 49 recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an X user or conversation id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X allows up to four images, or one GIF or video, per post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an X post id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X does not accept files of this type (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for X: the limit for this type is %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X did not start the upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file changed while it was being uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X could not process the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X took too long to process the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an X username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X sent an answer Starling could not read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item from X was left out: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a person without an id or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a media item without a key or type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X reported a problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an event that is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an event without an id or type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 without a conversation or time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message %1 without a sender or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message %1 with unreadable attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>membership event %1 without people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an event of an unknown type (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mention without an id, author, text or time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
