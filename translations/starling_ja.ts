<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Autostart</name>
    <message>
        <source>Starling could not change what starts when you log in: %1</source>
        <translation>ログイン時に起動するものを Starling で変更できませんでした：%1</translation>
    </message>
    <message>
        <source>Your inbox, waiting in the tray</source>
        <translation>トレイで待機する受信箱</translation>
    </message>
    <message>
        <source>the registry</source>
        <translation>レジストリ</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>A second start sent a request Starling cannot read: %1</source>
        <translation>2 回目の起動から、Starling が読み取れない要求が送られてきました：%1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>no version</source>
        <translation>バージョンがありません</translation>
    </message>
    <message>
        <source>no argument list</source>
        <translation>引数リストがありません</translation>
    </message>
    <message>
        <source>an argument that is not text</source>
        <translation>テキストではない引数があります</translation>
    </message>
    <message>
        <source>No Starling answers on this profile.</source>
        <translation>このプロファイルで応答する Starling がありません。</translation>
    </message>
    <message>
        <source>Starling cannot listen for later starts on this profile: %1</source>
        <translation>Starling はこのプロファイルで以降の起動を待ち受けできません：%1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A desktop inbox for X, Mastodon and Bluesky.</source>
        <translation>X、Mastodon、Bluesky のためのデスクトップ受信箱です。</translation>
    </message>
    <message>
        <source>Use the profile in &lt;dir&gt;.</source>
        <translation>&lt;dir&gt; のプロファイルを使用します。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Starling</source>
        <translation>Starling</translation>
    </message>
    <message>
        <source>Try Starling on a sandbox network, in a throw-away profile.</source>
        <translation>使い捨てのプロファイルで、サンドボックスのネットワーク上で Starling を試します。</translation>
    </message>
    <message>
        <source>The demo network could not start.</source>
        <translation>デモ用ネットワークを起動できませんでした。</translation>
    </message>
    <message>
        <source>Starling is already running with this profile (%1, process %2). Only one may run at a time on a profile, so that nothing is sent twice.</source>
        <translation>このプロファイルで Starling がすでに実行中です（%1、プロセス %2）。同じ内容が二重に送信されないよう、1 つのプロファイルで同時に実行できるのは 1 つだけです。</translation>
    </message>
    <message>
        <source>Start in the tray, without the window (if there is a tray).</source>
        <translation>ウィンドウを表示せずにトレイで起動します（トレイがある場合）。</translation>
    </message>
    <message>
        <source>Join the team workspace at &lt;url&gt; (postgres://user@host:port/database) with this profile, or open it if the profile is that workspace.</source>
        <translation>このプロファイルで &lt;url&gt;（postgres://user@host:port/database）のチームワークスペースに参加します。プロファイルがすでにそのワークスペースなら開きます。</translation>
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
        <translation>%2 の @%1：%3</translation>
    </message>
</context>
<context>
    <name>starling::AccountManager</name>
    <message>
        <source>The account has no id.</source>
        <translation>アカウントに ID がありません。</translation>
    </message>
    <message>
        <source>@%1 on %2 is already added.</source>
        <translation>%2 の @%1 はすでに追加されています。</translation>
    </message>
    <message>
        <source>The account is not there any more.</source>
        <translation>このアカウントはもう存在しません。</translation>
    </message>
    <message>
        <source>Starling could not delete the sign-in of @%1 from the system keychain, and will try again the next time it starts. %2</source>
        <translation>Starling はシステムのキーリングから @%1 のサインイン情報を削除できませんでした。次回の起動時にもう一度試します。%2</translation>
    </message>
</context>
<context>
    <name>starling::AccountStatus</name>
    <message>
        <source>Signed out</source>
        <translation>サインアウト中</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続中…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>接続済み</translation>
    </message>
    <message>
        <source>Rate limited until %1</source>
        <translation>%1 までレート制限中</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>レート制限中</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>Sign-in expired: sign in again</source>
        <translation>サインインの期限切れ：もう一度サインインしてください</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>キーリングを利用できません</translation>
    </message>
    <message>
        <source>Synced by %1</source>
        <extracomment>A team workspace: %1 is the agent whose app syncs and sends this account</extracomment>
        <translation>%1 が同期中</translation>
    </message>
</context>
<context>
    <name>starling::AccountSwitcherModel</name>
    <message>
        <source>All accounts</source>
        <translation>すべてのアカウント</translation>
    </message>
    <message>
        <source>Every account in one inbox (Ctrl+1)</source>
        <translation>すべてのアカウントを 1 つの受信箱に（Ctrl+1）</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <extracomment>%1 is the account&apos;s name, %2 its network, %3 its state (e.g. &quot;Connected&quot;)</extracomment>
        <translation>%2 の %1：%3</translation>
    </message>
    <message>
        <source>%1 on %2: %3 (%4)</source>
        <extracomment>%1 is the account&apos;s name, %2 its network, %3 its state (e.g. &quot;Connected&quot;), %4 its shortcut key</extracomment>
        <translation>%2 の %1：%3（%4）</translation>
    </message>
</context>
<context>
    <name>starling::AddAccountDialog</name>
    <message>
        <source>Sign in with the browser</source>
        <translation>ブラウザーでサインイン</translation>
    </message>
    <message>
        <source>The client ID of your X app</source>
        <translation>X アプリのクライアント ID</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>クライアント ID</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>アカウントの追加</translation>
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
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>ネットワーク(&amp;N)</translation>
    </message>
    <message>
        <source>Client &amp;ID</source>
        <translation>クライアント ID(&amp;I)</translation>
    </message>
    <message>
        <source>Type the server your account lives on. Starling introduces itself to that server once, then opens its sign-in page in your browser; your password never passes through Starling.</source>
        <translation>アカウントのあるサーバーを入力してください。Starling はそのサーバーに一度だけ自身を登録し、ブラウザーでサインインページを開きます。パスワードが Starling を経由することはありません。</translation>
    </message>
    <message>
        <source>mastodon.social</source>
        <translation>mastodon.social</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>サーバー(&amp;S)</translation>
    </message>
    <message>
        <source>Sign in again as @%1</source>
        <translation>@%1 としてもう一度サインイン</translation>
    </message>
    <message>
        <source>Bluesky</source>
        <translation>Bluesky</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>you.bsky.social</source>
        <translation>you.bsky.social</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>ハンドル</translation>
    </message>
    <message>
        <source>&amp;Handle</source>
        <translation>ハンドル(&amp;H)</translation>
    </message>
    <message>
        <source>App password</source>
        <translation>アプリパスワード</translation>
    </message>
    <message>
        <source>App &amp;password</source>
        <translation>アプリパスワード(&amp;P)</translation>
    </message>
    <message>
        <source>Hosting provider</source>
        <translation>ホスティングプロバイダー</translation>
    </message>
    <message>
        <source>Hosting pro&amp;vider</source>
        <translation>ホスティングプロバイダー(&amp;V)</translation>
    </message>
    <message>
        <source>The network of the account to add</source>
        <translation>追加するアカウントのネットワーク</translation>
    </message>
    <message>
        <source>Sign in to the account; Starling keeps its token in the keychain</source>
        <translation>アカウントにサインインします。Starling はトークンをキーリングに保管します</translation>
    </message>
    <message>
        <source>Found from your handle</source>
        <translation>ハンドルから自動で検出</translation>
    </message>
    <message>
        <source>Type your handle and sign in with the browser: your server&apos;s sign-in page opens there, and your password never passes through Starling. Or sign in with an app password, never your account password: in Bluesky, open Settings, Privacy and security, App passwords, and add one with “Allow access to your direct messages” turned on, so that Starling can read and answer your DMs.</source>
        <translation>ハンドルを入力してブラウザーでサインインしてください。サーバーのサインインページがブラウザーで開き、パスワードが Starling を通ることはありません。またはアプリパスワードでサインインしてください（アカウントのパスワードは使わないでください）。Bluesky で「設定」→「プライバシーとセキュリティ」→「アプリパスワード」を開き、「ダイレクトメッセージへのアクセスを許可」をオンにして追加すると、Starling が DM を読んで返信できます。</translation>
    </message>
    <message>
        <source>Empty to sign in with the browser</source>
        <translation>空欄ならブラウザーでサインイン</translation>
    </message>
    <message>
        <source>Leave empty: Starling looks up where your account is hosted from your handle (bsky.social when it cannot). Type your server only to sign in there with an app password.</source>
        <translation>空欄のままにしてください。Starling がハンドルからアカウントのホスト先を調べます（調べられない場合は bsky.social）。アプリパスワードでそのサーバーにサインインする場合だけ入力してください。</translation>
    </message>
</context>
<context>
    <name>starling::Automation</name>
    <message>
        <source>A rule needs a name.</source>
        <translation>ルールには名前が必要です。</translation>
    </message>
</context>
<context>
    <name>starling::AutomationService</name>
    <message>
        <source>Feedback survey</source>
        <translation>満足度アンケート</translation>
    </message>
    <message>
        <source>rating %1 recorded</source>
        <translation>評価 %1 を記録しました</translation>
    </message>
    <message numerus="yes">
        <source>%n automatic message(s) left this account in the last hour; no more for now.</source>
        <translation>
            <numerusform>過去 1 時間にこのアカウントから %n 件の自動メッセージが送信されました。当面はこれ以上送信しません。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>starling::BlueskyAccountSignIn</name>
    <message>
        <source>Enter your Bluesky handle and an app password.</source>
        <translation>Bluesky のハンドルとアプリパスワードを入力してください。</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>%1 にサインインしています…</translation>
    </message>
    <message>
        <source>Bluesky did not accept this handle and app password.</source>
        <translation>Bluesky はこのハンドルとアプリパスワードを受け付けませんでした。</translation>
    </message>
    <message>
        <source>This account asks for an e-mail code at sign-in: use an app password instead.</source>
        <translation>このアカウントはサインイン時にメールのコードを要求します。代わりにアプリパスワードを使ってください。</translation>
    </message>
    <message>
        <source>Bluesky has taken this account down.</source>
        <translation>このアカウントは Bluesky によって停止されています。</translation>
    </message>
    <message>
        <source>This Bluesky account is not active (%1).</source>
        <translation>この Bluesky アカウントは有効ではありません（%1）。</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>理由は示されていません</translation>
    </message>
    <message>
        <source>Signed in. Reading the account…</source>
        <translation>サインインしました。アカウント情報を読み込んでいます…</translation>
    </message>
    <message>
        <source>There is no Bluesky sign-in to keep.</source>
        <translation>保存する Bluesky のサインイン情報がありません。</translation>
    </message>
    <message>
        <source>Looking up @%1…</source>
        <translation>@%1 を検索しています…</translation>
    </message>
</context>
<context>
    <name>starling::BlueskyClient</name>
    <message>
        <source>This conversation is locked: no one can write in it any more.</source>
        <translation>この会話はロックされています。もう誰も書き込めません。</translation>
    </message>
    <message>
        <source>You cannot write to this person on Bluesky: one of you has blocked the other.</source>
        <translation>Bluesky でこの相手にメッセージを送ることはできません。どちらかが相手をブロックしています。</translation>
    </message>
    <message>
        <source>This person accepts direct messages only from people they follow.</source>
        <translation>この相手は、フォローしている人からのダイレクトメッセージのみを受け付けています。</translation>
    </message>
    <message>
        <source>This person does not accept direct messages on Bluesky.</source>
        <translation>この相手は Bluesky でダイレクトメッセージを受け付けていません。</translation>
    </message>
    <message>
        <source>This person is not on Bluesky any more.</source>
        <translation>この相手はもう Bluesky にいません。</translation>
    </message>
    <message>
        <source>This Bluesky conversation no longer exists.</source>
        <translation>この Bluesky の会話はもう存在しません。</translation>
    </message>
    <message>
        <source>This Bluesky account is suspended.</source>
        <translation>この Bluesky アカウントは凍結されています。</translation>
    </message>
    <message>
        <source>No one on Bluesky has this handle.</source>
        <translation>このハンドルの Bluesky ユーザーはいません。</translation>
    </message>
    <message>
        <source>This app password cannot read direct messages: create one with &apos;Allow access to your direct messages&apos; turned on</source>
        <translation>このアプリパスワードではダイレクトメッセージを読めません。「ダイレクトメッセージへのアクセスを許可」をオンにしてアプリパスワードを作成してください</translation>
    </message>
    <message>
        <source>“%1” is not a Bluesky handle.</source>
        <translation>「%1」は Bluesky のハンドルではありません。</translation>
    </message>
    <message>
        <source>This is not a Bluesky page token.</source>
        <translation>これは Bluesky のページトークンではありません。</translation>
    </message>
    <message>
        <source>This is not a Bluesky conversation id.</source>
        <translation>これは Bluesky の会話 ID ではありません。</translation>
    </message>
    <message>
        <source>A Bluesky conversation has between one and nine other people.</source>
        <translation>Bluesky の会話の相手は 1～9 人です。</translation>
    </message>
    <message>
        <source>“%1” is not a Bluesky account id.</source>
        <translation>「%1」は Bluesky のアカウント ID ではありません。</translation>
    </message>
    <message>
        <source>Bluesky direct messages cannot carry images or other files.</source>
        <translation>Bluesky のダイレクトメッセージには画像やその他のファイルを添付できません。</translation>
    </message>
    <message>
        <source>A Bluesky direct message needs some text.</source>
        <translation>Bluesky のダイレクトメッセージには本文が必要です。</translation>
    </message>
    <message>
        <source>The account&apos;s Bluesky id is not known yet; sign in again.</source>
        <translation>このアカウントの Bluesky ID がまだわかりません。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>A Bluesky post needs some text or an image.</source>
        <translation>Bluesky の投稿には本文か画像が必要です。</translation>
    </message>
    <message>
        <source>An image of this post is no longer uploaded; attach it again.</source>
        <translation>この投稿の画像がアップロード済みではなくなりました。もう一度添付してください。</translation>
    </message>
    <message>
        <source>This is not a Bluesky post to reply to.</source>
        <translation>これは返信先にできる Bluesky の投稿ではありません。</translation>
    </message>
    <message>
        <source>The post this answers no longer exists.</source>
        <translation>返信先の投稿はもう存在しません。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>ファイル %1 を読み込めません。</translation>
    </message>
    <message>
        <source>Bluesky posts take images only (this file is %1).</source>
        <translation>Bluesky の投稿に添付できるのは画像のみです（このファイルは %1 です）。</translation>
    </message>
    <message>
        <source>%1 is too large for Bluesky: an image may have at most 2,000,000 bytes.</source>
        <translation>%1 は Bluesky には大きすぎます。画像は 2,000,000 バイトまでです。</translation>
    </message>
    <message>
        <source>The file changed while it was being read.</source>
        <translation>読み込み中にファイルが変更されました。</translation>
    </message>
    <message>
        <source>Bluesky answered something unexpected for one of your posts.</source>
        <translation>投稿の 1 つについて、Bluesky から予期しない応答がありました。</translation>
    </message>
    <message numerus="yes">
        <source>A Bluesky post can carry at most %n image(s).</source>
        <translation>
            <numerusform>Bluesky の投稿に添付できる画像は %n 枚までです。</numerusform>
        </translation>
    </message>
    <message>
        <source>Bluesky sent an answer Starling could not read (%1).</source>
        <translation>Bluesky から Starling が読み取れない応答が返されました（%1）。</translation>
    </message>
    <message>
        <source>An item from Bluesky was left out: %1.</source>
        <extracomment>%1 describes the item left out, e.g. &quot;a person without an id or name&quot; (translated on its own, in lower case)</extracomment>
        <translation>Bluesky の項目を 1 件除外しました：%1。</translation>
    </message>
    <message>
        <source>a direct message without an id, sender, text or time</source>
        <translation>ID、送信者、本文、日時のいずれかがないダイレクトメッセージ</translation>
    </message>
    <message>
        <source>a conversation without an id or members</source>
        <translation>ID またはメンバーのない会話</translation>
    </message>
    <message>
        <source>conversation %1 with a malformed member</source>
        <translation>形式が正しくないメンバーを含む会話 %1</translation>
    </message>
    <message>
        <source>a malformed profile</source>
        <translation>形式が正しくないプロフィール</translation>
    </message>
    <message>
        <source>a direct message of an unknown kind</source>
        <translation>不明な種類のダイレクトメッセージ</translation>
    </message>
    <message>
        <source>a log entry that is not an object</source>
        <translation>オブジェクトではないログエントリ</translation>
    </message>
    <message>
        <source>a log entry without a conversation or revision</source>
        <translation>会話またはリビジョンのないログエントリ</translation>
    </message>
    <message>
        <source>a log entry with malformed profiles</source>
        <translation>形式が正しくないプロフィールを含むログエントリ</translation>
    </message>
    <message>
        <source>a log entry without its message</source>
        <translation>メッセージのないログエントリ</translation>
    </message>
    <message>
        <source>a notification without a reason or time</source>
        <translation>理由または日時のない通知</translation>
    </message>
    <message>
        <source>a mention without a post, author, text or time</source>
        <translation>投稿、投稿者、本文、日時のいずれかがないメンション</translation>
    </message>
    <message>
        <source>a post of the thread</source>
        <translation>スレッド内の投稿</translation>
    </message>
    <message>
        <source>This Bluesky post no longer exists.</source>
        <translation>この Bluesky の投稿はもう存在しません。</translation>
    </message>
    <message>
        <source>This Bluesky post is hidden by a block.</source>
        <translation>この Bluesky の投稿はブロックにより非表示になっています。</translation>
    </message>
    <message>
        <source>a malformed post</source>
        <translation>形式が正しくない投稿</translation>
    </message>
    <message>
        <source>a deleted direct message without an id</source>
        <translation>IDのない削除済みダイレクトメッセージ</translation>
    </message>
    <message>
        <source>The identity of this account names no server to reach it at.</source>
        <translation>このアカウントの ID には接続先のサーバーが記載されていません。</translation>
    </message>
</context>
<context>
    <name>starling::BlueskyIdentityResolver</name>
    <message>
        <source>No Bluesky account answers for @%1.</source>
        <translation>@%1 に該当する Bluesky アカウントはありません。</translation>
    </message>
    <message>
        <source>“%1” is not a Bluesky handle (it looks like name.bsky.social).</source>
        <translation>「%1」は Bluesky のハンドルではありません（name.bsky.social のような形式です）。</translation>
    </message>
    <message>
        <source>@%1 points to an account that does not use this handle.</source>
        <translation>@%1 は、このハンドルを使っていないアカウントを指しています。</translation>
    </message>
    <message>
        <source>Bluesky accounts with a %1 identity are not supported.</source>
        <translation>%1 の ID を持つ Bluesky アカウントには対応していません。</translation>
    </message>
</context>
<context>
    <name>starling::BlueskyOAuthSession</name>
    <message>
        <source>The key of this Bluesky sign-in is damaged. Sign in again.</source>
        <translation>この Bluesky サインインの鍵が壊れています。もう一度サインインしてください。</translation>
    </message>
</context>
<context>
    <name>starling::BlueskyOAuthSignIn</name>
    <message>
        <source>The account&apos;s server does not offer the Bluesky sign-in in the browser as Starling needs it (%1). Sign in with an app password instead.</source>
        <translation>このアカウントのサーバーは、Starling が必要とする形でブラウザーでの Bluesky サインインを提供していません（%1）。代わりにアプリパスワードでサインインしてください。</translation>
    </message>
    <message>
        <source>Enter your Bluesky handle (like alice.bsky.social) to sign in in the browser.</source>
        <translation>ブラウザーでサインインするには Bluesky のハンドル（例: alice.bsky.social）を入力してください。</translation>
    </message>
    <message>
        <source>Looking up @%1…</source>
        <translation>@%1 を検索しています…</translation>
    </message>
    <message>
        <source>Finding the sign-in of %1…</source>
        <translation>%1 のサインイン先を探しています…</translation>
    </message>
    <message>
        <source>Waiting for you to allow Starling in the browser…</source>
        <translation>ブラウザーで Starling が許可されるのを待っています…</translation>
    </message>
    <message>
        <source>The server signed in another account than @%1. Starling did not keep the sign-in.</source>
        <translation>サーバーは @%1 とは別のアカウントでサインインしました。Starling はこのサインインを保存しませんでした。</translation>
    </message>
    <message>
        <source>Asking %1 to sign you in…</source>
        <translation>%1 にサインインを依頼しています…</translation>
    </message>
    <message>
        <source>Signed in. Reading the account…</source>
        <translation>サインインしました。アカウントを読み込んでいます…</translation>
    </message>
    <message>
        <source>There is no Bluesky sign-in to keep.</source>
        <translation>保存する Bluesky サインインがありません。</translation>
    </message>
</context>
<context>
    <name>starling::BlueskySession</name>
    <message>
        <source>Bluesky has taken this account down.</source>
        <translation>このアカウントは Bluesky によって停止されています。</translation>
    </message>
    <message>
        <source>Bluesky no longer accepts this account&apos;s sign-in. Please sign in again.</source>
        <translation>Bluesky はこのアカウントのサインイン情報をもう受け付けません。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The system keychain did not store the Bluesky sign-in: %1</source>
        <translation>システムのキーリングに Bluesky のサインイン情報を保存できませんでした：%1</translation>
    </message>
    <message>
        <source>The system keychain did not answer: %1</source>
        <translation>システムのキーリングから応答がありませんでした：%1</translation>
    </message>
    <message>
        <source>The Bluesky sign-in of this account is not in the keychain. Please sign in again.</source>
        <translation>このアカウントの Bluesky のサインイン情報がキーリングにありません。もう一度サインインしてください。</translation>
    </message>
</context>
<context>
    <name>starling::ComposeWidget</name>
    <message>
        <source>Switch to DM</source>
        <translation>DM に切り替え</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Choose between a public reply and a direct message</source>
        <translation>公開の返信かダイレクトメッセージかを選択します</translation>
    </message>
    <message>
        <source>Reply mode</source>
        <translation>返信方法</translation>
    </message>
    <message>
        <source>Answer in public with a link that opens a DM with you, then write the DM</source>
        <translation>DM を開くリンクを付けて公開で返信し、続けて DM を書きます</translation>
    </message>
    <message>
        <source>Attach an image, GIF or video</source>
        <translation>画像、GIF、動画を添付</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>添付</translation>
    </message>
    <message>
        <source>Insert an emoji</source>
        <translation>絵文字を挿入</translation>
    </message>
    <message>
        <source>Emoji</source>
        <translation>絵文字</translation>
    </message>
    <message>
        <source>Type a message…</source>
        <translation>メッセージを入力…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>文字数</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>送信（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>ファイルを添付</translation>
    </message>
    <message>
        <source>Images and videos (*.png *.jpg *.jpeg *.gif *.webp *.mp4 *.mov)</source>
        <translation>画像と動画 (*.png *.jpg *.jpeg *.gif *.webp *.mp4 *.mov)</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>添付ファイルを削除</translation>
    </message>
    <message>
        <source>this person</source>
        <translation>この相手</translation>
    </message>
    <message>
        <source>🔒 Direct message to %1</source>
        <translation>🔒 %1 へのダイレクトメッセージ</translation>
    </message>
    <message>
        <source>🌐 Public reply, visible to everyone</source>
        <translation>🌐 公開返信（全員に表示されます）</translation>
    </message>
    <message>
        <source>Reply in public instead</source>
        <translation>公開で返信する</translation>
    </message>
    <message>
        <source>Reply by DM instead</source>
        <translation>DM で返信する</translation>
    </message>
    <message>
        <source>Write a private message…</source>
        <translation>非公開のメッセージを書く…</translation>
    </message>
    <message>
        <source>Write a public reply…</source>
        <translation>公開の返信を書く…</translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>残り %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Change</source>
        <comment>reply mode</comment>
        <extracomment>Button that switches the reply between public and direct message</extracomment>
        <translation>変更</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends; the line above says who will see it</source>
        <translation>Ctrl+Enter で送信します。上の行に誰が見られるかが表示されます</translation>
    </message>
</context>
<context>
    <name>starling::ContactImportDialog</name>
    <message>
        <source>&amp;Choose file…</source>
        <translation>ファイルを選択(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>連絡先をインポート</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>ファイルが選択されていません。</translation>
    </message>
    <message>
        <source>Choose the CSV file to import</source>
        <translation>インポートする CSV ファイルを選択します</translation>
    </message>
    <message>
        <source>Choose file</source>
        <translation>ファイルを選択</translation>
    </message>
    <message>
        <source>What the import would do</source>
        <translation>インポートで行われる内容</translation>
    </message>
    <message>
        <source>Each row of the file with its line, its name, and what the import does with it or what is wrong with it</source>
        <translation>ファイルの各行の行番号、名前、インポートでの処理内容または問題点</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>先にファイルを選択してください。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>The file is being checked.</source>
        <translation>ファイルを確認しています。</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>ファイルを確認しています…</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読み込めません：%2</translation>
    </message>
    <message>
        <source>This file cannot be imported.</source>
        <translation>このファイルはインポートできません。</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>新しい連絡先</translation>
    </message>
    <message>
        <source>Updates the contact of %1</source>
        <translation>%1 の連絡先を更新</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) can be imported.</source>
        <translation>
            <numerusform>%n 行をインポートできます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n are shown.</source>
        <translation>
            <numerusform>最初の %n 行を表示しています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n handle(s) name nobody you talk to; they are kept in the field “%1”.</source>
        <translation>
            <numerusform>%n 件のハンドルはやり取りのない相手のものです。フィールド「%1」に保存されます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems, shown in red. The import is all or nothing, so nothing can be imported until they are fixed: correct the file and choose it again.</source>
        <translation>
            <numerusform>%n 行に問題があります（赤で表示）。インポートはすべての行を取り込むか何も取り込まないかのどちらかのため、問題を直すまで何もインポートできません。ファイルを修正して、もう一度選択してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n problem(s) are shown.</source>
        <translation>
            <numerusform>最初の %n 件の問題を表示しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Some rows have problems; the import is all or nothing.</source>
        <translation>問題のある行があります。インポートはすべての行を取り込むか、何も取り込まないかのどちらかです。</translation>
    </message>
    <message>
        <source>The file has no contacts to import.</source>
        <translation>このファイルにはインポートする連絡先がありません。</translation>
    </message>
    <message numerus="yes">
        <source>Import %n contact(s)</source>
        <translation>
            <numerusform>%n 件の連絡先をインポート</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>インポート中…</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>何もインポートしませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n contact(s).</source>
        <translation>
            <numerusform>%n 件の連絡先をインポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>This file has been imported.</source>
        <translation>このファイルをインポートしました。</translation>
    </message>
</context>
<context>
    <name>starling::ContactTableModel</name>
    <message>
        <source>Never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>No conversation yet</source>
        <translation>まだ会話はありません</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>会社</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ステージ</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最終連絡</translation>
    </message>
</context>
<context>
    <name>starling::Contacts</name>
    <message>
        <source>There is no such contact.</source>
        <translation>該当する連絡先はありません。</translation>
    </message>
    <message>
        <source>There is no such person.</source>
        <translation>該当する人物はいません。</translation>
    </message>
    <message>
        <source>There is no stage “%1” in the pipeline.</source>
        <translation>パイプラインにステージ「%1」はありません。</translation>
    </message>
    <message>
        <source>A tag has 1 to 40 characters.</source>
        <translation>タグは 1～40 文字で指定してください。</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>メモが空です。</translation>
    </message>
    <message>
        <source>A contact cannot be merged into itself.</source>
        <translation>連絡先をそれ自身に統合することはできません。</translation>
    </message>
    <message>
        <source>This is the contact&apos;s only identity: there is nothing to split it from.</source>
        <translation>これはこの連絡先の唯一のアイデンティティのため、分離できません。</translation>
    </message>
    <message>
        <source>No one called @%1 on %2 has written to you.</source>
        <translation>%2 の @%1 からメッセージを受け取ったことはありません。</translation>
    </message>
    <message>
        <source>Several people are called @%1 on %2; name them by id.</source>
        <translation>%2 の @%1 に該当する人が複数います。ID で指定してください。</translation>
    </message>
    <message>
        <source>A stage&apos;s name has 1 to 40 characters.</source>
        <translation>ステージ名は 1～40 文字で指定してください。</translation>
    </message>
    <message>
        <source>There is a stage “%1” already.</source>
        <translation>ステージ「%1」はすでに存在します。</translation>
    </message>
    <message>
        <source>Name every stage of the pipeline once: %1.</source>
        <translation>パイプラインのすべてのステージを 1 回ずつ指定してください：%1。</translation>
    </message>
</context>
<context>
    <name>starling::ContactsDialog</name>
    <message>
        <source>Set &amp;stage…</source>
        <translation>ステージを設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Add tag…</source>
        <translation>タグを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove tag…</source>
        <translation>タグを外す(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>エクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Search names, companies, e-mail, handles…</source>
        <translation>名前、会社、メール、ハンドルを検索…</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>連絡先を検索</translation>
    </message>
    <message>
        <source>Shows the people whose name, company, e-mail or handle holds these words (Ctrl+F)</source>
        <translation>名前、会社、メール、ハンドルのいずれかにこの語句を含む人を表示します（Ctrl+F）</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ステージ</translation>
    </message>
    <message>
        <source>Only people in this stage of the pipeline</source>
        <translation>パイプラインのこのステージの人のみ</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Only people with this tag</source>
        <translation>このタグが付いた人のみ</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>Only people we talk to on this network</source>
        <translation>このネットワークでやり取りしている人のみ</translation>
    </message>
    <message>
        <source>Any network</source>
        <translation>すべてのネットワーク</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最終連絡</translation>
    </message>
    <message>
        <source>Only people by when we last talked with them</source>
        <translation>最後にやり取りした時期で絞り込みます</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>すべての期間</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>過去 30 日間</translation>
    </message>
    <message>
        <source>More than 30 days ago</source>
        <translation>30 日以上前</translation>
    </message>
    <message>
        <source>One row per person: name, company, stage, tags, networks and last contact</source>
        <translation>1 人につき 1 行：名前、会社、ステージ、タグ、ネットワーク、最終連絡</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>パイプライン</translation>
    </message>
    <message>
        <source>People per stage</source>
        <translation>ステージ別の人数</translation>
    </message>
    <message>
        <source>How many people are in each stage of the pipeline now</source>
        <translation>パイプラインの各ステージに現在いる人数</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>&amp;Conversions to:</source>
        <translation>コンバージョン先(&amp;C)：</translation>
    </message>
    <message>
        <source>Conversions to</source>
        <translation>コンバージョン先</translation>
    </message>
    <message>
        <source>The chart counts the people who reached this stage, month by month</source>
        <translation>このステージに到達した人数を月ごとにグラフで表示します</translation>
    </message>
    <message>
        <source>Conversions per month</source>
        <translation>月別のコンバージョン</translation>
    </message>
    <message>
        <source>Move the selected people to a stage of the pipeline</source>
        <translation>選択した人をパイプラインのステージに移動します</translation>
    </message>
    <message>
        <source>Tag the selected people</source>
        <translation>選択した人にタグを付けます</translation>
    </message>
    <message>
        <source>Take a tag off the selected people</source>
        <translation>選択した人からタグを外します</translation>
    </message>
    <message>
        <source>Import contacts from a CSV file</source>
        <translation>CSV ファイルから連絡先をインポートします</translation>
    </message>
    <message>
        <source>Export the selected people, or everyone the filters show, as CSV or vCard</source>
        <translation>選択した人、またはフィルターで表示されているすべての人を CSV か vCard でエクスポートします</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>すべてのステージ</translation>
    </message>
    <message>
        <source>No stage</source>
        <translation>ステージなし</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>すべてのタグ</translation>
    </message>
    <message>
        <source>People who reached “%1”, per month</source>
        <translation>「%1」に到達した人数（月別）</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n selected</source>
        <translation>
            <numerusform>%1、%n 人を選択中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) are in no stage now.</source>
        <translation>
            <numerusform>%n 人をステージから外しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) are in the stage “%1” now.</source>
        <translation>
            <numerusform>%n 人をステージ「%1」に移動しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>タグを追加</translation>
    </message>
    <message numerus="yes">
        <source>The tag for the %n selected person(s):</source>
        <translation>
            <numerusform>選択した %n 人に付けるタグ：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tagged %n person(s) “%1”.</source>
        <translation>
            <numerusform>%n 人にタグ「%1」を付けました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected people have no tags.</source>
        <translation>選択した人にはタグが付いていません。</translation>
    </message>
    <message>
        <source>Remove a tag</source>
        <translation>タグを外す</translation>
    </message>
    <message numerus="yes">
        <source>The tag to take off the %n selected person(s):</source>
        <translation>
            <numerusform>選択した %n 人から外すタグ：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed the tag “%1” from %n person(s).</source>
        <translation>
            <numerusform>%n 人からタグ「%1」を外しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n contact(s).</source>
        <translation>
            <numerusform>%n 件の連絡先をインポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>vCard ファイル (*.vcf)</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>連絡先をエクスポート</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>エクスポート中…</translation>
    </message>
    <message>
        <source>Nobody matches the filters: nothing to export.</source>
        <translation>フィルターに一致する人がいないため、エクスポートするものはありません。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 に書き込めません：%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to %1.</source>
        <translation>
            <numerusform>%n 件の連絡先を %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit s&amp;tages…</source>
        <translation>ステージを編集(&amp;T)…</translation>
    </message>
    <message>
        <source>Edit stages</source>
        <translation>ステージを編集</translation>
    </message>
    <message>
        <source>Rename, add, remove and reorder the stages of the pipeline</source>
        <translation>パイプラインのステージの名前変更、追加、削除、並べ替えを行います</translation>
    </message>
    <message>
        <source>Saved the stages of the pipeline.</source>
        <translation>パイプラインのステージを保存しました。</translation>
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
        <translation>グループ</translation>
    </message>
    <message>
        <source>Mention</source>
        <translation>メンション</translation>
    </message>
    <message>
        <source>Request</source>
        <extracomment>A conversation&apos;s mark in the inbox list: a message request, not accepted yet</extracomment>
        <translation>リクエスト</translation>
    </message>
</context>
<context>
    <name>starling::ConversationListModel</name>
    <message>
        <source>Unknown person</source>
        <translation>不明なユーザー</translation>
    </message>
    <message>
        <source>Direct message on %1</source>
        <translation>%1 のダイレクトメッセージ</translation>
    </message>
    <message>
        <source>Group conversation on %1</source>
        <translation>%1 のグループ会話</translation>
    </message>
    <message>
        <source>Public mention on %1</source>
        <translation>%1 の公開メンション</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>未読 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Read</source>
        <translation>既読</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>スヌーズ中</translation>
    </message>
    <message>
        <source>%1. %2. %3. %4. %5</source>
        <extracomment>Read aloud for a conversation: %1 the person, %2 the kind and network, %3 the time, %4 read or unread, %5 the start of the last message.</extracomment>
        <translation>%1。%2。%3。%4。%5</translation>
    </message>
    <message>
        <source>Message request on %1</source>
        <translation>%1 のメッセージリクエスト</translation>
    </message>
    <message>
        <source>Group message request on %1</source>
        <translation>%1 のグループメッセージリクエスト</translation>
    </message>
</context>
<context>
    <name>starling::CredentialStore</name>
    <message>
        <source>The secret is not in the keychain, or the keychain is locked.</source>
        <translation>シークレットがキーリングにないか、キーリングがロックされています。</translation>
    </message>
    <message>
        <source>Access to the keychain was refused.</source>
        <translation>キーリングへのアクセスが拒否されました。</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Starling keeps sign-ins only there: start or unlock your keychain, then try again.</source>
        <translation>システムのキーリングを利用できません（%1）。Starling はサインイン情報をキーリングにのみ保存します。キーリングを起動するかロックを解除してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The keychain did not return what was stored.</source>
        <translation>キーリングから、保存した内容が返されませんでした。</translation>
    </message>
</context>
<context>
    <name>starling::Demo</name>
    <message>
        <source>thanks</source>
        <comment>short name of a saved reply</comment>
        <extracomment>Short name of a demo saved reply, typed after &quot;/&quot;: one word of letters, digits, - or _.</extracomment>
        <translation>お礼</translation>
    </message>
    <message>
        <source>order</source>
        <comment>short name of a saved reply</comment>
        <extracomment>Short name of a demo saved reply, typed after &quot;/&quot;: one word of letters, digits, - or _.</extracomment>
        <translation>注文</translation>
    </message>
    <message>
        <source>refund</source>
        <comment>short name of a saved reply</comment>
        <extracomment>Short name of a demo saved reply, typed after &quot;/&quot;: one word of letters, digits, - or _.</extracomment>
        <translation>返金</translation>
    </message>
    <message>
        <source>Thanks</source>
        <translation>お礼</translation>
    </message>
    <message>
        <source>Thank you, {first_name}! Anything else I can help with?</source>
        <translation>{first_name}様、ありがとうございます！ほかに何かお手伝いできることはございますか？</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>注文番号</translation>
    </message>
    <message>
        <source>Hi {first_name}, could you send me your order number? I&apos;ll look into it right away. – {my_name}</source>
        <translation>{first_name}様、ご注文番号をお送りいただけますか？すぐにお調べいたします。– {my_name}</translation>
    </message>
    <message>
        <source>Refund on its way</source>
        <translation>返金手続き中</translation>
    </message>
    <message>
        <source>Sorry about that, {first_name}. I&apos;ve started the refund: it reaches your account in 3–5 days.</source>
        <translation>{first_name}様、ご迷惑をおかけして申し訳ございません。返金の手続きを開始しました。3～5 日でお客様の口座に反映されます。</translation>
    </message>
    <message>
        <source>Tag billing questions</source>
        <translation>請求に関する質問にタグを付ける</translation>
    </message>
    <message>
        <source>refund, charged, invoice</source>
        <extracomment>Keywords of the demo rule that tags billing questions, separated by commas.</extracomment>
        <translation>返金, 請求, 請求書</translation>
    </message>
    <message>
        <source>billing</source>
        <translation>請求</translation>
    </message>
    <message>
        <source>Feedback survey</source>
        <translation>満足度アンケート</translation>
    </message>
    <message>
        <source>Thanks for talking to us, {first_name}! How did we do, from 1 to 5?</source>
        <translation>{first_name}様、お問い合わせいただきありがとうございました！今回の対応はいかがでしたか？1～5 の数字でお答えください。</translation>
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
        <translation>デモを開始できませんでした。</translation>
    </message>
</context>
<context>
    <name>starling::DpopKey</name>
    <message>
        <source>The signing key could not be read.</source>
        <translation>署名鍵を読み込めませんでした。</translation>
    </message>
    <message>
        <source>The signing key is not a P-256 (ES256) private key.</source>
        <translation>署名鍵が P-256（ES256）の秘密鍵ではありません。</translation>
    </message>
    <message>
        <source>The signing key is damaged: its public and private parts do not match.</source>
        <translation>署名鍵が壊れています。公開部分と秘密部分が一致しません。</translation>
    </message>
    <message>
        <source>Could not create a key to sign requests with.</source>
        <translation>リクエストに署名する鍵を作成できませんでした。</translation>
    </message>
    <message>
        <source>The signing key could not be read: it is not a PKCS#8 private key.</source>
        <translation>署名鍵を読み込めませんでした。PKCS#8 の秘密鍵ではありません。</translation>
    </message>
    <message>
        <source>The key is not a P-256 private key in JWK form.</source>
        <translation>この鍵は JWK 形式の P-256 秘密鍵ではありません。</translation>
    </message>
</context>
<context>
    <name>starling::Error</name>
    <message>
        <source>The network could not be reached.</source>
        <translation>ネットワークに接続できませんでした。</translation>
    </message>
    <message>
        <source>The server took too long to answer.</source>
        <translation>サーバーの応答に時間がかかりすぎました。</translation>
    </message>
    <message>
        <source>Too many requests; the server asked us to wait.</source>
        <translation>リクエストが多すぎます。サーバーから待機を求められました。</translation>
    </message>
    <message>
        <source>The sign-in has expired.</source>
        <translation>サインインの有効期限が切れました。</translation>
    </message>
    <message>
        <source>The sign-in was revoked; please sign in again.</source>
        <translation>サインインが取り消されました。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The server refused this action for this account.</source>
        <translation>サーバーはこのアカウントでのこの操作を拒否しました。</translation>
    </message>
    <message>
        <source>It could not be found.</source>
        <translation>見つかりませんでした。</translation>
    </message>
    <message>
        <source>The request was not valid.</source>
        <translation>リクエストが正しくありません。</translation>
    </message>
    <message>
        <source>The server had a problem; try again later.</source>
        <translation>サーバーで問題が発生しました。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The server sent an answer Starling could not read.</source>
        <translation>サーバーから Starling が読み取れない応答が返されました。</translation>
    </message>
    <message>
        <source>The local database could not be used.</source>
        <translation>ローカルデータベースを使用できませんでした。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>A service Starling needs on this computer is not available.</source>
        <translation>Starling に必要なこのコンピューター上のサービスを利用できません。</translation>
    </message>
    <message>
        <source>Someone else changed it first.</source>
        <translation>ほかの誰かが先に変更しました。</translation>
    </message>
</context>
<context>
    <name>starling::Exporter</name>
    <message>
        <source>The export could not be written: %1</source>
        <translation>エクスポートを書き込めませんでした：%1</translation>
    </message>
    <message>
        <source>The export could not start reading.</source>
        <translation>エクスポートの読み込みを開始できませんでした。</translation>
    </message>
</context>
<context>
    <name>starling::FreedesktopNotifier</name>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
</context>
<context>
    <name>starling::HttpClient</name>
    <message>
        <source>Too many requests to %1; try again after %2.</source>
        <translation>%1 へのリクエストが多すぎます。%2 以降にもう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 The server said: “%2”</source>
        <translation>%1 サーバーの応答：「%2」</translation>
    </message>
    <message>
        <source>The request has no valid address.</source>
        <translation>リクエストに有効なアドレスがありません。</translation>
    </message>
    <message>
        <source>The answer from %1 was too large.</source>
        <translation>%1 からの応答が大きすぎました。</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 から %n 秒以内に応答がありませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 から時間内に応答がありませんでした。</translation>
    </message>
    <message>
        <source>%1 sent an answer Starling could not read.</source>
        <translation>%1 から Starling が読み取れない応答が返されました。</translation>
    </message>
    <message>
        <source>%1 redirected the request elsewhere.</source>
        <translation>%1 はリクエストを別の場所へリダイレクトしました。</translation>
    </message>
    <message>
        <source>Could not reach %1. Check the network connection.</source>
        <translation>%1 に接続できませんでした。ネットワーク接続を確認してください。</translation>
    </message>
    <message>
        <source>The answer from %1 was cut short.</source>
        <translation>%1 からの応答が途中で切れました。</translation>
    </message>
</context>
<context>
    <name>starling::InboxActions</name>
    <message>
        <source>The public answer is on its way, but no DM could be opened: %1</source>
        <translation>公開の返信は送信中ですが、DM を開けませんでした：%1</translation>
    </message>
    <message>
        <source>%1 took this conversation first.</source>
        <translation>%1 さんが先にこの会話を担当しました。</translation>
    </message>
</context>
<context>
    <name>starling::InboxService</name>
    <message>
        <source>A tag needs a name.</source>
        <translation>タグには名前が必要です。</translation>
    </message>
    <message>
        <source>A direct message can only be answered privately.</source>
        <translation>ダイレクトメッセージには非公開でしか返信できません。</translation>
    </message>
    <message>
        <source>It is not known who wrote this, so there is no one to answer privately.</source>
        <translation>誰が書いたのかわからないため、非公開で返信する相手がいません。</translation>
    </message>
    <message>
        <source>There is no message %1.</source>
        <translation>メッセージ %1 はありません。</translation>
    </message>
    <message>
        <source>There is no conversation %1.</source>
        <translation>会話 %1 はありません。</translation>
    </message>
    <message>
        <source>Message %1 is not on the network yet: it cannot be answered.</source>
        <translation>メッセージ %1 はまだネットワーク上にないため、返信できません。</translation>
    </message>
    <message>
        <source>Message %1 is yours: there is no one to answer privately.</source>
        <translation>メッセージ %1 はあなたのメッセージです。非公開で返信する相手がいません。</translation>
    </message>
    <message>
        <source>The author of message %1 is not known.</source>
        <translation>メッセージ %1 の投稿者がわかりません。</translation>
    </message>
    <message>
        <source>Happy to help! Let&apos;s continue in a direct message:</source>
        <translation>喜んでお手伝いいたします！続きはダイレクトメッセージでお願いいたします：</translation>
    </message>
    <message>
        <source>The account is not there any more.</source>
        <translation>このアカウントはもう存在しません。</translation>
    </message>
    <message>
        <source>%1 finds no one called “%2”.</source>
        <translation>%1 に「%2」というユーザーは見つかりません。</translation>
    </message>
    <message>
        <source>This message is not waiting to be sent.</source>
        <translation>このメッセージは送信待ちではありません。</translation>
    </message>
    <message>
        <source>The conversation does not exist.</source>
        <translation>この会話は存在しません。</translation>
    </message>
</context>
<context>
    <name>starling::InboxView</name>
    <message>
        <source>Search all messages…  /</source>
        <translation>すべてのメッセージを検索…  /</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Search every stored message. &quot;Quotes&quot; match a phrase, word* a beginning.</source>
        <translation>保存されているすべてのメッセージを検索します。&quot;引用符&quot; で囲むとフレーズに一致し、word* で前方一致になります。</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>受信箱</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>未読</translation>
    </message>
    <message>
        <source>DMs</source>
        <translation>DM</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>メンション</translation>
    </message>
    <message>
        <source>Needs reply</source>
        <translation>要返信</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Show: %1</source>
        <translation>表示：%1</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>会話</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>「%1」に一致するものは見つかりませんでした。</translation>
    </message>
    <message>
        <source>All caught up. New messages and mentions appear here.</source>
        <translation>すべて対応済みです。新しいメッセージやメンションはここに表示されます。</translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>ここには何もありません。</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>完了にする</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>既読にする</translation>
    </message>
    <message>
        <source>Tag…</source>
        <translation>タグ…</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>担当者を割り当て…</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n conversation(s) done</source>
        <translation>
            <numerusform>%n 件の会話を完了にする</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n conversation(s) read</source>
        <translation>
            <numerusform>%n 件の会話を既読にする</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %n conversation(s)…</source>
        <translation>
            <numerusform>%n 件の会話にタグを付ける…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %n conversation(s)…</source>
        <translation>
            <numerusform>%n 件の会話に担当者を割り当て…</numerusform>
        </translation>
    </message>
    <message>
        <source>Show only these conversations in the list</source>
        <translation>一覧にこれらの会話だけを表示します</translation>
    </message>
    <message>
        <source>Newest first; j and k move, Enter opens, e marks done</source>
        <translation>新しい順。j と k で移動、Enter で開く、e で完了にします</translation>
    </message>
    <message>
        <source>Mine</source>
        <extracomment>Filter: the conversations assigned to the user</extracomment>
        <translation>自分の担当</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <extracomment>Filter: the conversations assigned to no one</extracomment>
        <translation>担当者なし</translation>
    </message>
    <message>
        <source>No open conversation is assigned to %1. Take one with T.</source>
        <translation>%1 が担当する未対応の会話はありません。T で会話を担当できます。</translation>
    </message>
    <message>
        <source>Every open conversation has someone on it.</source>
        <translation>未対応の会話にはすべて担当者がいます。</translation>
    </message>
    <message>
        <source>Requests</source>
        <extracomment>Filter: message requests, conversations that someone the account does not follow began</extracomment>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>No message requests. When someone you do not follow writes first on Bluesky, the conversation waits here until you answer or accept it.</source>
        <translation>メッセージリクエストはありません。Bluesky でフォローしていない人が先にメッセージを送ると、返信するか承認するまで会話はここで待ちます。</translation>
    </message>
</context>
<context>
    <name>starling::JoinTeamDialog</name>
    <message>
        <source>The system keychain did not answer.</source>
        <translation>システムのキーリングから応答がありませんでした。</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>参加(&amp;J)</translation>
    </message>
    <message>
        <source>Join a team workspace</source>
        <translation>チームワークスペースに参加</translation>
    </message>
    <message>
        <source>A team workspace keeps the inbox in your team&apos;s PostgreSQL database, where every agent of the team works on it. Whoever administers the database sets it up with starling-cli team init and gives you its address and your password.</source>
        <translation>チームワークスペースでは、受信箱をチームの PostgreSQL データベースに置き、チームのすべてのエージェントがそこで作業します。データベースの管理者が starling-cli team init で準備し、そのアドレスとあなたのパスワードを伝えます。</translation>
    </message>
    <message>
        <source>Team database</source>
        <translation>チームのデータベース</translation>
    </message>
    <message>
        <source>The address of the team&apos;s database, with your user name</source>
        <translation>チームのデータベースのアドレス（あなたのユーザー名付き）</translation>
    </message>
    <message>
        <source>Team &amp;database</source>
        <translation>チームのデータベース(&amp;D)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Your password for the team&apos;s database; kept in the system keychain</source>
        <translation>チームのデータベースのパスワード。システムのキーリングに保存されます</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>パスワード(&amp;P)</translation>
    </message>
    <message>
        <source>Connect to the team&apos;s database and use its inbox in this profile</source>
        <translation>チームのデータベースに接続し、このプロファイルでその受信箱を使用します</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 に接続しています…</translation>
    </message>
    <message>
        <source>Joined as %1.</source>
        <translation>%1 として参加しました。</translation>
    </message>
</context>
<context>
    <name>starling::LinkContactDialog</name>
    <message>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>同一人物ではない</translation>
    </message>
    <message>
        <source>Link to another person</source>
        <translation>別の人物とリンク</translation>
    </message>
    <message>
        <source>Choose the person who is the same as this one. Their handles, details, tags, notes and history come here.</source>
        <translation>この人物と同一の人物を選択してください。その人物のハンドル、詳細、タグ、メモ、履歴がこちらに統合されます。</translation>
    </message>
    <message>
        <source>Search by name, company, e-mail or handle…</source>
        <translation>名前、会社、メール、ハンドルで検索…</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>人物を検索</translation>
    </message>
    <message>
        <source>Finds people whose name, company, e-mail or handle holds these words</source>
        <translation>名前、会社、メール、ハンドルのいずれかにこの語句を含む人物を探します</translation>
    </message>
    <message>
        <source>People to link</source>
        <translation>リンクする人物</translation>
    </message>
    <message>
        <source>Suggested people first, with the reason, then the people found</source>
        <translation>候補の人物を理由とともに先頭に表示し、続けて検索で見つかった人物を表示します</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>候補</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Bring the chosen person&apos;s identities and details to this one</source>
        <translation>選択した人物のアイデンティティと詳細をこの人物に統合します</translation>
    </message>
    <message>
        <source>Links the chosen person with this one</source>
        <translation>選択した人物をこの人物とリンクします</translation>
    </message>
    <message>
        <source>Stop suggesting the chosen person</source>
        <translation>選択した人物を候補に表示しないようにします</translation>
    </message>
    <message>
        <source>Turns the chosen suggestion down; it is not suggested again</source>
        <translation>選択した候補を却下します。今後は候補に表示されません</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（名前なし）</translation>
    </message>
    <message>
        <source>No other people yet.</source>
        <translation>ほかの人物はまだいません。</translation>
    </message>
    <message>
        <source>No one matches “%1”.</source>
        <translation>「%1」に一致する人物はいません。</translation>
    </message>
    <message>
        <source>%1 · @%2 on %3</source>
        <translation>%1 · %3 の @%2</translation>
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
        <translation>Starling — デモ</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>アカウントを追加…</translation>
    </message>
    <message>
        <source>⚙ Settings</source>
        <translation>⚙ 設定</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>New post…</source>
        <translation>新規投稿…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>今すぐ同期</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Profile pane</source>
        <translation>プロフィールパネル</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>すべてのアカウント</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>アカウント %1</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>検索（Ctrl+F）</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>会話(&amp;C)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>前へ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>返信</translation>
    </message>
    <message>
        <source>Reply by DM</source>
        <translation>DM で返信</translation>
    </message>
    <message>
        <source>Done / open again</source>
        <translation>完了／未対応に戻す</translation>
    </message>
    <message>
        <source>Mark unread</source>
        <translation>未読にする</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>一覧に戻る</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Sync: all accounts up to date</source>
        <translation>同期：すべてのアカウントが最新です</translation>
    </message>
    <message numerus="yes">
        <source>Tag %n conversation(s) with:</source>
        <translation>
            <numerusform>%n 件の会話に付けるタグ：</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>担当者を割り当て</translation>
    </message>
    <message numerus="yes">
        <source>Who answers these %n conversation(s)? (empty: no one)</source>
        <translation>
            <numerusform>この %n 件の会話の担当者は？（空欄：担当者なし）</numerusform>
        </translation>
    </message>
    <message>
        <source>Insert a saved reply</source>
        <translation>定型返信を挿入</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <source>Saved replies…</source>
        <translation>定型返信…</translation>
    </message>
    <message>
        <source>Rules…</source>
        <translation>ルール…</translation>
    </message>
    <message>
        <source>Reports…</source>
        <translation>レポート…</translation>
    </message>
    <message>
        <source>Sync: ok</source>
        <translation>同期：OK</translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation>同期：%1</translation>
    </message>
    <message>
        <source>Tag</source>
        <comment>dialog title, verb</comment>
        <translation>タグ付け</translation>
    </message>
    <message>
        <source>Syncing the DMs of %1: page %2</source>
        <extracomment>%1 is the account&apos;s handle, %2 the page number</extracomment>
        <translation>%1 の DM を同期中：%2 ページ目</translation>
    </message>
    <message>
        <source>Syncing the mentions of %1: page %2</source>
        <extracomment>%1 is the account&apos;s handle, %2 the page number</extracomment>
        <translation>%1 のメンションを同期中：%2 ページ目</translation>
    </message>
    <message>
        <source>Show one account&apos;s conversations, or all of them</source>
        <translation>1つのアカウントまたはすべてのアカウントの会話を表示します</translation>
    </message>
    <message>
        <source>Sign in to an X, Mastodon or Bluesky account</source>
        <translation>X、Mastodon、Bluesky のアカウントにサインインします</translation>
    </message>
    <message>
        <source>Accounts, notifications, sync and language</source>
        <translation>アカウント、通知、同期、言語</translation>
    </message>
    <message>
        <source>Contacts…</source>
        <translation>連絡先…</translation>
    </message>
    <message>
        <source>Take it</source>
        <translation>担当する</translation>
    </message>
</context>
<context>
    <name>starling::MastodonAccountSignIn</name>
    <message>
        <source>There is no finished sign-in to keep.</source>
        <translation>保存する完了済みのサインインがありません。</translation>
    </message>
</context>
<context>
    <name>starling::MastodonClient</name>
    <message>
        <source>%1 no longer accepts this account&apos;s sign-in: the app was removed from the account or its access was revoked. Please sign in again.</source>
        <translation>%1 はこのアカウントのサインイン情報をもう受け付けません。アカウントからアプリが削除されたか、アクセス権が取り消されました。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>%1 is still processing the attached media; Starling will send it again shortly.</source>
        <translation>%1 は添付メディアをまだ処理中です。Starling がまもなく再送信します。</translation>
    </message>
    <message>
        <source>This is not a Mastodon page token.</source>
        <translation>これは Mastodon のページトークンではありません。</translation>
    </message>
    <message>
        <source>This is not a Mastodon conversation id.</source>
        <translation>これは Mastodon の会話 ID ではありません。</translation>
    </message>
    <message>
        <source>This is not a Mastodon cursor.</source>
        <translation>これは Mastodon のカーソルではありません。</translation>
    </message>
    <message>
        <source>“%1” is not a Mastodon account.</source>
        <translation>「%1」は Mastodon のアカウントではありません。</translation>
    </message>
    <message>
        <source>A message needs text or media.</source>
        <translation>メッセージには本文かメディアが必要です。</translation>
    </message>
    <message numerus="yes">
        <source>%1 allows %n media item(s) per message.</source>
        <translation>
            <numerusform>%1 ではメッセージ 1 件につき %n 個までメディアを添付できます。</numerusform>
        </translation>
    </message>
    <message>
        <source>This is not a Mastodon media id.</source>
        <translation>これは Mastodon のメディア ID ではありません。</translation>
    </message>
    <message>
        <source>A private message on Mastodon needs at least one other person.</source>
        <translation>Mastodon の非公開メッセージには、ほかに 1 人以上の相手が必要です。</translation>
    </message>
    <message>
        <source>With the mentions of everyone in the conversation, the message is too long: %1</source>
        <translation>会話の参加者全員へのメンションを含めると、メッセージが長すぎます：%1</translation>
    </message>
    <message>
        <source>A private message needs a conversation or recipients.</source>
        <translation>非公開メッセージには会話か宛先が必要です。</translation>
    </message>
    <message>
        <source>This is not a Mastodon account id.</source>
        <translation>これは Mastodon のアカウント ID ではありません。</translation>
    </message>
    <message>
        <source>A post needs text or media.</source>
        <translation>投稿には本文かメディアが必要です。</translation>
    </message>
    <message numerus="yes">
        <source>%1 allows %n media item(s) per post.</source>
        <translation>
            <numerusform>%1 では投稿 1 件につき %n 個までメディアを添付できます。</numerusform>
        </translation>
    </message>
    <message>
        <source>This is not a Mastodon status id.</source>
        <translation>これは Mastodon の投稿 ID ではありません。</translation>
    </message>
    <message>
        <source>Mastodon sent a status Starling could not read.</source>
        <translation>Mastodon から Starling が読み取れない投稿が送られてきました。</translation>
    </message>
    <message>
        <source>The account&apos;s Mastodon id is not known yet; sign in again.</source>
        <translation>このアカウントの Mastodon ID がまだわかりません。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>ファイル %1 を読み込めません。</translation>
    </message>
    <message>
        <source>%1 does not accept files of this type (%2).</source>
        <translation>%1 はこの種類のファイルを受け付けません（%2）。</translation>
    </message>
    <message>
        <source>%1 is too large for %2: the limit for this type is %3 MB.</source>
        <translation>%1 は %2 には大きすぎます。この種類のファイルの上限は %3 MB です。</translation>
    </message>
    <message>
        <source>The file changed while it was being read.</source>
        <translation>読み込み中にファイルが変更されました。</translation>
    </message>
    <message>
        <source>%1 took too long to process the file.</source>
        <translation>%1 でのファイルの処理に時間がかかりすぎました。</translation>
    </message>
    <message>
        <source>%1 sent an answer Starling could not read.</source>
        <translation>%1 から Starling が読み取れない応答が返されました。</translation>
    </message>
    <message>
        <source>The Mastodon server sent an answer Starling could not read (%1).</source>
        <translation>Mastodon サーバーから Starling が読み取れない応答が返されました（%1）。</translation>
    </message>
    <message>
        <source>An item from Mastodon was left out: %1.</source>
        <extracomment>%1 describes the item left out, e.g. &quot;a person without an id or name&quot; (translated on its own, in lower case)</extracomment>
        <translation>Mastodon の項目を 1 件除外しました：%1。</translation>
    </message>
    <message>
        <source>a status without an id, author, time, content or visibility</source>
        <translation>ID、投稿者、日時、本文、公開範囲のいずれかがない投稿</translation>
    </message>
    <message>
        <source>status %1 with unreadable fields</source>
        <translation>読み取れないフィールドを含む投稿 %1</translation>
    </message>
    <message>
        <source>a media attachment of status %1 without an id or type</source>
        <translation>ID または種類のない、投稿 %1 の添付メディア</translation>
    </message>
    <message>
        <source>a conversation without an id or accounts</source>
        <translation>ID またはアカウントのない会話</translation>
    </message>
    <message>
        <source>conversation %1 whose last status has no id</source>
        <translation>最新の投稿に ID がない会話 %1</translation>
    </message>
    <message>
        <source>a participant without an id or name</source>
        <translation>ID または名前のない参加者</translation>
    </message>
    <message>
        <source>conversation %1 whose last status is not private</source>
        <translation>最新の投稿が非公開ではない会話 %1</translation>
    </message>
    <message>
        <source>a notification without an id or type</source>
        <translation>ID または種類のない通知</translation>
    </message>
    <message>
        <source>mention %1 without its status</source>
        <translation>投稿のないメンション %1</translation>
    </message>
    <message>
        <source>mention %1 by an unreadable account</source>
        <translation>読み取れないアカウントからのメンション %1</translation>
    </message>
</context>
<context>
    <name>starling::MastodonRegistration</name>
    <message>
        <source>Type the address of your Mastodon server, for example mastodon.social.</source>
        <translation>Mastodon サーバーのアドレスを入力してください（例：mastodon.social）。</translation>
    </message>
    <message>
        <source>“%1” is not the address of a Mastodon server.</source>
        <translation>「%1」は Mastodon サーバーのアドレスではありません。</translation>
    </message>
    <message>
        <source>Mastodon servers are reached over https only.</source>
        <translation>Mastodon サーバーには https でのみ接続できます。</translation>
    </message>
    <message>
        <source>%1 names sign-in addresses on another server.</source>
        <translation>%1 は別のサーバーのサインインアドレスを指定しています。</translation>
    </message>
    <message>
        <source>No local port is free for the sign-in to come back to.</source>
        <translation>サインインの戻り先として使えるローカルポートに空きがありません。</translation>
    </message>
</context>
<context>
    <name>starling::MastodonSignIn</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 に接続しています…</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>%1 にサインインしています…</translation>
    </message>
    <message>
        <source>Waiting for you to allow Starling in the browser…</source>
        <translation>ブラウザーで Starling が許可されるのを待っています…</translation>
    </message>
    <message>
        <source>Signed in. Reading the account…</source>
        <translation>サインインしました。アカウント情報を読み込んでいます…</translation>
    </message>
</context>
<context>
    <name>starling::MessageDelegate</name>
    <message>
        <source>🕓 queued</source>
        <translation>🕓 送信待ち</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>送信中…</translation>
    </message>
    <message>
        <source>✓ sent</source>
        <translation>✓ 送信済み</translation>
    </message>
    <message>
        <source>! failed</source>
        <translation>! 失敗</translation>
    </message>
    <message numerus="yes">
        <source>📎 %n attachment(s)</source>
        <translation>
            <numerusform>📎 添付ファイル %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>? could not verify, check before sending again</source>
        <translation>? 確認できませんでした。再送信する前に確認してください</translation>
    </message>
</context>
<context>
    <name>starling::MessageListModel</name>
    <message>
        <source>%1 wrote, %2: %3</source>
        <extracomment>Read aloud for a received message: %1 the sender, %2 the time, %3 the text.</extracomment>
        <translation>%1 さんのメッセージ、%2：%3</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送信済み</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>送信中</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未送信</translation>
    </message>
    <message>
        <source>Perhaps sent: check before sending again</source>
        <translation>送信された可能性があります：再送信する前に確認してください</translation>
    </message>
    <message>
        <source>You wrote, %1 (%2): %3</source>
        <extracomment>Read aloud for a message we sent: %1 the time, %2 whether it arrived, %3 the text.</extracomment>
        <translation>あなたのメッセージ、%1（%2）：%3</translation>
    </message>
</context>
<context>
    <name>starling::NewPostDialog</name>
    <message>
        <source>New post</source>
        <translation>新規投稿</translation>
    </message>
    <message>
        <source>Post from:</source>
        <translation>投稿するアカウント：</translation>
    </message>
    <message>
        <source>Accounts to post from</source>
        <translation>投稿に使うアカウント</translation>
    </message>
    <message>
        <source>What would you like to share?</source>
        <translation>何をシェアしますか？</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>投稿</translation>
    </message>
    <message>
        <source>📎 Attach…</source>
        <translation>📎 添付…</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>ファイルを添付</translation>
    </message>
    <message>
        <source>Images and videos (*.png *.jpg *.jpeg *.gif *.webp *.mp4 *.mov)</source>
        <translation>画像と動画 (*.png *.jpg *.jpeg *.gif *.webp *.mp4 *.mov)</translation>
    </message>
    <message>
        <source>Not posted from %1, your post is kept: %2</source>
        <translation>%1 からは投稿されませんでした。投稿内容は保持されています：%2</translation>
    </message>
    <message>
        <source>Tick each account the post goes out from.</source>
        <translation>投稿するアカウントをすべてチェックしてください。</translation>
    </message>
    <message>
        <source>The text of the new post; the counters below show what is left.</source>
        <translation>新しい投稿の本文です。下のカウンターに残りが表示されます。</translation>
    </message>
    <message>
        <source>Add an image or a video to the post</source>
        <translation>投稿に画像または動画を追加します</translation>
    </message>
    <message>
        <source>Post from every ticked account</source>
        <translation>チェックしたすべてのアカウントから投稿します</translation>
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
        <translation>Starling はお使いの X 開発者アプリを通じて X にサインインするため、メッセージはこのコンピューターと X の間でのみやり取りされます。
1. X Developer Console（https://console.x.com）を開き、アプリを作成します（既存のアプリを選んでもかまいません）。
2. アプリのユーザー認証設定で OAuth 2.0 をオンにし、アプリの種類に「Native App」、権限に「Read and write and Direct message」を選びます。
3. 次のコールバック URL を、末尾にスラッシュを付けず表示どおりに追加します：%1
4. 保存してから、アプリの OAuth 2.0 のクライアント ID（API キーではありません。Native App にはクライアントシークレットもありません）をコピーして、ここに貼り付けます。</translation>
    </message>
    <message>
        <source>The client ID is missing or not valid. Copy the OAuth 2.0 Client ID of your app exactly as the developer site shows it.</source>
        <translation>クライアント ID が入力されていないか、正しくありません。アプリの OAuth 2.0 Client ID を、開発者サイトに表示されているとおり正確にコピーしてください。</translation>
    </message>
    <message>
        <source>The sign-in addresses of this server are not valid.</source>
        <translation>このサーバーのサインインアドレスが正しくありません。</translation>
    </message>
    <message>
        <source>The callback path must begin with “/”.</source>
        <translation>コールバックのパスは「/」で始める必要があります。</translation>
    </message>
</context>
<context>
    <name>starling::OAuthLoopbackFlow</name>
    <message numerus="yes">
        <source>The sign-in to %1 was not finished within %n minute(s). Please try again.</source>
        <translation>
            <numerusform>%1 へのサインインが %n 分以内に完了しませんでした。もう一度お試しください。</numerusform>
        </translation>
    </message>
    <message>
        <source>This sign-in was already used; start a new one.</source>
        <translation>このサインインはすでに使用されています。新しくサインインを始めてください。</translation>
    </message>
    <message>
        <source>Starling could not wait for the answer from %1 on port %2 of this computer (%3). Close the program that uses this port and try again, or register a callback URL with another port for your app.</source>
        <translation>Starling はこのコンピューターのポート %2 で %1 からの応答を待機できませんでした（%3）。このポートを使っているプログラムを終了してもう一度試すか、別のポートを使ったコールバック URL をアプリに登録してください。</translation>
    </message>
    <message>
        <source>Starling could not wait for the answer from %1 on this computer (%2).</source>
        <translation>Starling はこのコンピューターで %1 からの応答を待機できませんでした（%2）。</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>サインインはキャンセルされました。</translation>
    </message>
    <message>
        <source>The sign-in was cancelled in Starling.</source>
        <translation>サインインは Starling でキャンセルされました。</translation>
    </message>
    <message>
        <source>This sign-in link was already used. Start the sign-in again from Starling.</source>
        <translation>このサインインリンクはすでに使用されています。Starling からもう一度サインインを始めてください。</translation>
    </message>
    <message>
        <source>The answer did not belong to the sign-in Starling started, so it was refused for your safety.</source>
        <translation>この応答は Starling が開始したサインインのものではないため、安全のため拒否しました。</translation>
    </message>
    <message>
        <source>Access to your %1 account was not granted, so Starling is not signed in. %1 said: “%2”</source>
        <translation>%1 アカウントへのアクセスが許可されなかったため、Starling はサインインしていません。%1 の応答：「%2」</translation>
    </message>
    <message>
        <source>%1 could not complete the sign-in right now; try again later. %1 said: “%2”</source>
        <translation>%1 は現在サインインを完了できません。しばらくしてからもう一度お試しください。%1 の応答：「%2」</translation>
    </message>
    <message>
        <source>%1 refused the sign-in request. Check the client ID, and that the app&apos;s callback URL is exactly %2. %1 said: “%3”</source>
        <translation>%1 がサインインのリクエストを拒否しました。クライアント ID と、アプリのコールバック URL が正確に %2 であることを確認してください。%1 の応答：「%3」</translation>
    </message>
    <message>
        <source>The answer from %1 did not contain a sign-in code.</source>
        <translation>%1 からの応答にサインインコードが含まれていませんでした。</translation>
    </message>
    <message>
        <source>%1 did not accept the sign-in code. A code works only once and only for a short time (30 seconds on X); please sign in again.</source>
        <translation>%1 はサインインコードを受け付けませんでした。コードは 1 回だけ、短時間（X では 30 秒）しか使えません。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>%1 did not accept the sign-in code. A code works only once and only for a short time (30 seconds on X); please sign in again. %1 said: “%2”</source>
        <translation>%1 はサインインコードを受け付けませんでした。コードは 1 回だけ、短時間（X では 30 秒）しか使えません。もう一度サインインしてください。%1 の応答：「%2」</translation>
    </message>
    <message>
        <source>Signed in – Starling</source>
        <translation>サインインしました – Starling</translation>
    </message>
    <message>
        <source>You are signed in to %1</source>
        <translation>%1 にサインインしました</translation>
    </message>
    <message>
        <source>Starling has what it needs. You can close this tab and go back to Starling.</source>
        <translation>Starling に必要な情報を受け取りました。このタブを閉じて Starling に戻ってください。</translation>
    </message>
    <message>
        <source>Sign-in failed – Starling</source>
        <translation>サインインに失敗しました – Starling</translation>
    </message>
    <message>
        <source>Starling could not sign in to %1</source>
        <translation>Starling は %1 にサインインできませんでした</translation>
    </message>
    <message>
        <source>You can close this tab and try again from Starling.</source>
        <translation>このタブを閉じて、Starling からもう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 refused the sign-in request. %1 said: “%2”</source>
        <translation>%1 がサインイン要求を拒否しました。%1 の応答:「%2」</translation>
    </message>
    <message>
        <source>%1 sent an answer Starling could not read.</source>
        <translation>%1 から Starling が読み取れない応答が届きました。</translation>
    </message>
    <message>
        <source>The answer did not come from %1, so it was refused for your safety.</source>
        <translation>応答が %1 から来たものではなかったため、安全のため拒否しました。</translation>
    </message>
</context>
<context>
    <name>starling::OAuthTokenEndpoint</name>
    <message>
        <source>%1 answered the sign-in with something Starling could not use.</source>
        <extracomment>%1 is the network&apos;s name, e.g. &quot;Mastodon&quot;</extracomment>
        <translation>%1 からのサインインの応答は、Starling が使用できない内容でした。</translation>
    </message>
    <message>
        <source>The server answered the sign-in with something Starling could not use.</source>
        <translation>サーバーからのサインインの応答は、Starling が使用できない内容でした。</translation>
    </message>
</context>
<context>
    <name>starling::OnboardingView</name>
    <message>
        <source>Welcome to Starling</source>
        <translation>Starling へようこそ</translation>
    </message>
    <message>
        <source>Add an account…</source>
        <translation>アカウントを追加…</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>デモを試す</translation>
    </message>
    <message>
        <source>One inbox for the direct messages and mentions of every account you run on X, Mastodon and Bluesky. It works offline, searches everything as you type, and keeps your sign-in in the system keychain only.

Add an account to begin, or look around first in the demo: a sandbox network with made-up customers, in a profile that is thrown away when you close it.</source>
        <translation>X、Mastodon、Bluesky で運用しているすべてのアカウントのダイレクトメッセージとメンションを、1 つの受信箱にまとめます。オフラインでも動作し、入力と同時にすべてを検索でき、サインイン情報はシステムのキーリングにのみ保存します。

アカウントを追加して始めるか、まずデモで試してみてください。デモでは、架空の顧客がいるサンドボックスのネットワークを、閉じると破棄されるプロファイルで試せます。</translation>
    </message>
</context>
<context>
    <name>starling::Outbox</name>
    <message>
        <source>An outgoing message needs a client key.</source>
        <translation>送信メッセージにはクライアントキーが必要です。</translation>
    </message>
    <message>
        <source>There is nothing to send.</source>
        <translation>送信するものがありません。</translation>
    </message>
    <message>
        <source>A reply needs the post it answers.</source>
        <translation>返信には返信先の投稿が必要です。</translation>
    </message>
    <message>
        <source>A direct message needs someone to go to.</source>
        <translation>ダイレクトメッセージには宛先が必要です。</translation>
    </message>
    <message>
        <source>There is no failed message to send again.</source>
        <translation>再送信する失敗したメッセージはありません。</translation>
    </message>
    <message>
        <source>The retry could not be saved.</source>
        <translation>再試行を保存できませんでした。</translation>
    </message>
    <message>
        <source>Someone else answered at %1, after you opened this conversation: “%2”. Send again to send yours as well.</source>
        <translation>この会話を開いた後、%1 に別の人が返信しました:「%2」。もう一度送信すると、あなたの返信も送信されます。</translation>
    </message>
</context>
<context>
    <name>starling::Pipeline</name>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>連絡済み</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>見込みあり</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>失注</translation>
    </message>
</context>
<context>
    <name>starling::PipelineDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上へ(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>下へ(&amp;D)</translation>
    </message>
    <message>
        <source>Edit stages</source>
        <translation>ステージを編集</translation>
    </message>
    <message>
        <source>&amp;Stages of the pipeline, in order:</source>
        <translation>パイプラインのステージ（順番どおり）(&amp;S)：</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>ステージ</translation>
    </message>
    <message>
        <source>The stages of the pipeline in order; press F2 or double-click a stage to rename it</source>
        <translation>パイプラインのステージ（順番どおり）。名前を変更するには、F2 キーを押すかステージをダブルクリックします</translation>
    </message>
    <message>
        <source>Add a stage</source>
        <translation>ステージを追加</translation>
    </message>
    <message>
        <source>Add a stage after the selected one, and name it</source>
        <translation>選択したステージの後ろにステージを追加して名前を付けます</translation>
    </message>
    <message>
        <source>Remove the stage</source>
        <translation>ステージを削除</translation>
    </message>
    <message>
        <source>Remove the selected stage; the people in it will have no stage</source>
        <translation>選択したステージを削除します。そのステージの人はステージなしになります</translation>
    </message>
    <message>
        <source>Move the stage up</source>
        <translation>ステージを上へ移動</translation>
    </message>
    <message>
        <source>Move the selected stage one place earlier in the pipeline</source>
        <translation>選択したステージをパイプライン内で 1 つ前に移動します</translation>
    </message>
    <message>
        <source>Move the stage down</source>
        <translation>ステージを下へ移動</translation>
    </message>
    <message>
        <source>Move the selected stage one place later in the pipeline</source>
        <translation>選択したステージをパイプライン内で 1 つ後ろに移動します</translation>
    </message>
    <message>
        <source>Problem with the stages</source>
        <translation>ステージの問題</translation>
    </message>
    <message>
        <source>Save the stages</source>
        <translation>ステージを保存</translation>
    </message>
    <message>
        <source>Cancel, changing nothing</source>
        <translation>何も変更せずにキャンセル</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>新しいステージ</translation>
    </message>
    <message>
        <source>New stage %1</source>
        <translation>新しいステージ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) are in “%1”. They will have no stage.</source>
        <translation>
            <numerusform>「%1」には %n 人がいます。これらの人はステージなしになります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove a stage</source>
        <translation>ステージを削除</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Stage %1 has no name: give it one.</source>
        <translation>ステージ %1 に名前がありません。名前を付けてください。</translation>
    </message>
    <message>
        <source>“%1” is too long: a stage&apos;s name has at most %2 characters.</source>
        <translation>「%1」は長すぎます。ステージ名は %2 文字以内で指定してください。</translation>
    </message>
    <message>
        <source>There is a stage “%1” already: “%2” is the same name. Give each stage a name of its own.</source>
        <translation>ステージ「%1」はすでに存在します。「%2」は同じ名前です。ステージごとに別の名前を付けてください。</translation>
    </message>
    <message>
        <source>“%1” was the name of another stage until now: press OK first, then rename this stage to it.</source>
        <translation>「%1」はこれまで別のステージの名前でした。先に OK を押してから、このステージの名前をそれに変更してください。</translation>
    </message>
    <message>
        <source>The stages changed elsewhere while this window was open; nothing was saved. Cancel and edit them again.</source>
        <translation>このウィンドウを開いている間に、ステージが別の場所で変更されたため、何も保存されていません。キャンセルして、もう一度編集してください。</translation>
    </message>
</context>
<context>
    <name>starling::Profile</name>
    <message>
        <source>The profile folder %1 could not be created.</source>
        <translation>プロファイルフォルダー %1 を作成できませんでした。</translation>
    </message>
</context>
<context>
    <name>starling::ProfilePane</name>
    <message>
        <source>Conversations with you</source>
        <translation>あなたとの会話</translation>
    </message>
    <message>
        <source>Conversations with this person</source>
        <translation>この相手との会話</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>個人メモ</translation>
    </message>
    <message>
        <source>Only on this computer; never sent anywhere</source>
        <translation>このコンピューターにのみ保存され、どこにも送信されません</translation>
    </message>
    <message>
        <source>Anything worth remembering about this person…</source>
        <translation>この相手について覚えておきたいこと…</translation>
    </message>
    <message>
        <source>No one selected</source>
        <translation>未選択</translation>
    </message>
    <message>
        <source>@%1 on %2</source>
        <translation>%2 の @%1</translation>
    </message>
    <message>
        <source>Mention</source>
        <translation>メンション</translation>
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
            <numerusform>フォロワー %Ln 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Every conversation with this person; choose one to open it</source>
        <translation>この相手とのすべての会話。選択すると開きます</translation>
    </message>
    <message>
        <source>Only you and your team see this note</source>
        <translation>このメモはあなたとチームだけが見られます</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>会社</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>ウェブサイト</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>所在地</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>A note for the timeline…</source>
        <translation>タイムラインに追加するメモ…</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>新しいメモ</translation>
    </message>
    <message>
        <source>A note with today&apos;s date, added to this person&apos;s timeline</source>
        <translation>今日の日付でこの相手のタイムラインに追加されるメモ</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>メモを追加</translation>
    </message>
    <message>
        <source>Add the note to this person&apos;s timeline</source>
        <translation>この相手のタイムラインにメモを追加します</translation>
    </message>
    <message>
        <source>Adds the note to this person&apos;s timeline, with the time</source>
        <translation>この相手のタイムラインに時刻付きでメモを追加します</translation>
    </message>
    <message>
        <source>Messages, notes, stage changes, ratings and rules with this person, newest first; choose a message to open its conversation</source>
        <translation>この相手とのメッセージ、メモ、ステージの変更、評価、ルールを新しい順に表示します。メッセージを選択するとその会話が開きます</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>さらに表示</translation>
    </message>
    <message>
        <source>Show older entries of the timeline</source>
        <translation>タイムラインの古い項目を表示</translation>
    </message>
    <message numerus="yes">
        <source>Shows the next %n older entries of the timeline</source>
        <translation>
            <numerusform>タイムラインの古い項目を次の %n 件表示します</numerusform>
        </translation>
    </message>
    <message>
        <source>On the networks</source>
        <translation>各ネットワークでのハンドル</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>リンクを解除</translation>
    </message>
    <message>
        <source>Split the chosen identity off into a person of its own</source>
        <translation>選択したアイデンティティを分離して、独立した人物にします</translation>
    </message>
    <message>
        <source>Splits the chosen identity off this person into a person of its own</source>
        <translation>選択したアイデンティティをこの相手から分離して、独立した人物にします</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>アイデンティティ</translation>
    </message>
    <message>
        <source>This person&apos;s handles on every network</source>
        <translation>この相手の各ネットワークでのハンドル</translation>
    </message>
    <message>
        <source>Link to another person…</source>
        <translation>別の人物とリンク…</translation>
    </message>
    <message>
        <source>Find another person who is the same one, and bring their identities here</source>
        <translation>同一人物である別の人物を探し、そのアイデンティティをここに統合します</translation>
    </message>
    <message>
        <source>Opens a search for another person to link with this one</source>
        <translation>この相手とリンクする別の人物の検索を開きます</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Stored when you press Enter or leave the field; empty clears it</source>
        <translation>Enter を押すか欄から移動すると保存されます。空にすると消去されます</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ステージ</translation>
    </message>
    <message>
        <source>Where this person is in your pipeline; every change is kept in the timeline</source>
        <translation>パイプラインでのこの相手の位置。変更はすべてタイムラインに記録されます</translation>
    </message>
    <message>
        <source>New field</source>
        <translation>新しいフィールド</translation>
    </message>
    <message>
        <source>New field&apos;s name</source>
        <translation>新しいフィールドの名前</translation>
    </message>
    <message>
        <source>The name of a field of your own, such as “Customer number”</source>
        <translation>「顧客番号」のような独自のフィールドの名前</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>New field&apos;s value</source>
        <translation>新しいフィールドの値</translation>
    </message>
    <message>
        <source>What the new field holds for this person</source>
        <translation>この相手についての新しいフィールドの内容</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Add the field to this person</source>
        <translation>この相手にフィールドを追加します</translation>
    </message>
    <message>
        <source>Adds the new field to this person</source>
        <translation>この相手に新しいフィールドを追加します</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Remove one of the tags</source>
        <translation>タグを 1 つ外します</translation>
    </message>
    <message>
        <source>Remove a tag</source>
        <translation>タグを外す</translation>
    </message>
    <message>
        <source>Choose a tag to take off this person</source>
        <translation>この相手から外すタグを選択します</translation>
    </message>
    <message>
        <source>Add a tag…</source>
        <translation>タグを追加…</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>新しいタグ</translation>
    </message>
    <message>
        <source>Type a tag and press Enter to add it to this person</source>
        <translation>タグを入力して Enter を押すと、この相手に追加されます</translation>
    </message>
    <message>
        <source>@%1 on %2, talking with your account @%3</source>
        <translation>%2 の @%1（あなたのアカウント @%3 とやり取り）</translation>
    </message>
    <message>
        <source>A field of your own; stored when you leave it, and removed when empty</source>
        <translation>独自のフィールド。欄から移動すると保存され、空にすると削除されます</translation>
    </message>
    <message>
        <source>No stage</source>
        <translation>ステージなし</translation>
    </message>
    <message>
        <source>In no stage of the pipeline</source>
        <translation>パイプラインのどのステージにも属していません</translation>
    </message>
    <message>
        <source>In “%1” since %2</source>
        <translation>%2 から「%1」</translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>タグなし</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>タグ：%1</translation>
    </message>
    <message>
        <source>This person is no longer in your contacts.</source>
        <translation>この相手はもう連絡先にありません。</translation>
    </message>
    <message>
        <source>A new field needs a name and a value.</source>
        <translation>新しいフィールドには名前と値が必要です。</translation>
    </message>
</context>
<context>
    <name>starling::ProviderClient</name>
    <message>
        <source>%1 has no message requests to accept.</source>
        <translation>%1 には承認するメッセージリクエストがありません。</translation>
    </message>
</context>
<context>
    <name>starling::RefreshLock</name>
    <message>
        <source>Another Starling program (process %1) is renewing the sign-in to %2 and has not finished. Starling will try again later.</source>
        <translation>別の Starling プログラム（プロセス %1）が %2 へのサインインを更新中で、まだ完了していません。Starling は後でもう一度試します。</translation>
    </message>
</context>
<context>
    <name>starling::ReportsDialog</name>
    <message>
        <source>%1 s</source>
        <extracomment>A duration in seconds, with the unit&apos;s abbreviation</extracomment>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <extracomment>A duration in minutes, with the unit&apos;s abbreviation</extracomment>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>A duration in hours and minutes, with the units&apos; abbreviations</extracomment>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>レポート</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>過去 30 日間</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>過去 90 日間</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>すべてのアカウント</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>すべてのタグ</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>First response (median)</source>
        <translation>初回応答時間（中央値）</translation>
    </message>
    <message>
        <source>Response (median)</source>
        <translation>応答時間（中央値）</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>応答済み</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>応答待ち</translation>
    </message>
    <message>
        <source>(removed account)</source>
        <translation>（削除されたアカウント）</translation>
    </message>
    <message>
        <source>Median response time, week by week</source>
        <translation>応答時間の中央値（週ごと）</translation>
    </message>
    <message>
        <source>Feedback rating, week by week</source>
        <translation>満足度の評価（週ごと）</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) from customers in this period.</source>
        <translation>
            <numerusform>この期間の顧客からの問い合わせは %n 件です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Average feedback: %1 ★ from %n rating(s).</source>
        <translation>
            <numerusform>平均評価：%1 ★（%n 件の評価）。</numerusform>
        </translation>
    </message>
    <message>
        <source>No feedback ratings yet.</source>
        <translation>満足度の評価はまだありません。</translation>
    </message>
    <message>
        <source>%1 h</source>
        <extracomment>A duration in hours, with the unit&apos;s abbreviation</extracomment>
        <translation>%1 時間</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>処理中…</translation>
    </message>
    <message>
        <source>The report could not be worked out: %1</source>
        <translation>レポートを算出できませんでした：%1</translation>
    </message>
    <message>
        <source>Response times per account</source>
        <translation>アカウントごとの応答時間</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message>
        <source>The days the report counts</source>
        <translation>レポートの対象期間</translation>
    </message>
    <message>
        <source>The account the report counts</source>
        <translation>レポートの対象アカウント</translation>
    </message>
    <message>
        <source>Count only conversations with this tag</source>
        <translation>このタグの会話だけを数えます</translation>
    </message>
    <message>
        <source>First and typical response times, answered and waiting conversations</source>
        <translation>初回と通常の応答時間、返信済みと返信待ちの会話</translation>
    </message>
</context>
<context>
    <name>starling::Rule</name>
    <message>
        <source>The rule cannot be used: %1</source>
        <extracomment>%1 is the reason, e.g. &quot;it has no action&quot; (translated on its own, in lower case)</extracomment>
        <translation>このルールは使用できません：%1</translation>
    </message>
    <message>
        <source>unknown trigger “%1”</source>
        <translation>不明なトリガー「%1」</translation>
    </message>
    <message>
        <source>the pattern is not a valid regular expression</source>
        <translation>パターンが有効な正規表現ではありません</translation>
    </message>
    <message>
        <source>a keyword rule needs keywords or a pattern</source>
        <translation>キーワードのルールにはキーワードかパターンが必要です</translation>
    </message>
    <message>
        <source>unknown network</source>
        <translation>不明なネットワーク</translation>
    </message>
    <message>
        <source>unknown action</source>
        <translation>不明な操作</translation>
    </message>
    <message>
        <source>an action is missing its text</source>
        <translation>操作に本文がありません</translation>
    </message>
    <message>
        <source>it has no action</source>
        <translation>操作がありません</translation>
    </message>
</context>
<context>
    <name>starling::RuleEditorDialog</name>
    <message>
        <source>Direct messages</source>
        <translation>ダイレクトメッセージ</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>メンション</translation>
    </message>
    <message>
        <source>Edit rule</source>
        <translation>ルールの編集</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>新規ルール</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>refund, order, broken</source>
        <translation>返金, 注文, 故障</translation>
    </message>
    <message>
        <source>Keywords (any)</source>
        <translation>キーワード（いずれか）</translation>
    </message>
    <message>
        <source>or a pattern, e.g. #\d{4}</source>
        <translation>またはパターン（例：#\d{4}）</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>パターン</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>タイムゾーン</translation>
    </message>
    <message>
        <source>Any account</source>
        <translation>すべてのアカウント</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>any (e.g. en)</source>
        <translation>指定なし（例：ja）</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>At least this many followers</source>
        <translation>フォロワー数の下限</translation>
    </message>
    <message>
        <source>Only if tagged</source>
        <translation>タグ付きの場合のみ</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Add an action ▾</source>
        <translation>操作を追加 ▾</translation>
    </message>
    <message>
        <source>Reply by DM…</source>
        <translation>DM で返信…</translation>
    </message>
    <message>
        <source>Reply in public…</source>
        <translation>公開で返信…</translation>
    </message>
    <message>
        <source>Send a saved reply…</source>
        <translation>定型返信を送信…</translation>
    </message>
    <message>
        <source>Tag…</source>
        <translation>タグ…</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>担当者を割り当て…</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>完了にする</translation>
    </message>
    <message>
        <source>Ask for feedback (1–5)…</source>
        <translation>満足度を尋ねる（1～5）…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source> h</source>
        <extracomment>Unit suffix of a spin box: hours, with a leading space if the language puts one</extracomment>
        <translation> 時間</translation>
    </message>
    <message>
        <source>Test on the last 30 days</source>
        <translation>過去 30 日間でテスト</translation>
    </message>
    <message>
        <source>This rule cannot be saved</source>
        <translation>このルールは保存できません</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Text (placeholders: {first_name}, {name}, {handle}, {my_name}):</source>
        <translation>本文（プレースホルダー：{first_name}、{name}、{handle}、{my_name}）：</translation>
    </message>
    <message>
        <source>Thanks, {first_name}! How did we do? Reply with a number from 1 to 5.</source>
        <translation>{first_name}様、ありがとうございました！今回の対応はいかがでしたか？1～5 の数字でご返信ください。</translation>
    </message>
    <message>
        <source>Saved reply</source>
        <translation>定型返信</translation>
    </message>
    <message>
        <source>Short name of the saved reply:</source>
        <translation>定型返信の短縮名：</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>担当者を割り当て</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>タグ：</translation>
    </message>
    <message>
        <source>Assign to:</source>
        <translation>担当者：</translation>
    </message>
    <message>
        <source>Give the rule a name.</source>
        <translation>ルールに名前を付けてください。</translation>
    </message>
    <message>
        <source>This rule cannot be tested yet</source>
        <translation>このルールはまだテストできません</translation>
    </message>
    <message>
        <source>Over the last 30 days this rule would have done nothing.</source>
        <translation>過去 30 日間では、このルールは何も実行しなかったはずです。</translation>
    </message>
    <message>
        <source>• to %1: %2</source>
        <translation>• %1 宛て：%2</translation>
    </message>
    <message numerus="yes">
        <source>Over the last 30 days this rule would have acted %n time(s). Nothing was sent.</source>
        <translation>
            <numerusform>過去 30 日間では、このルールは %n 回実行されたはずです。実際には何も送信していません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Test of “%1”</source>
        <translation>「%1」のテスト</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>テスト中…</translation>
    </message>
    <message>
        <source>On</source>
        <comment>the rule is enabled</comment>
        <translation>有効</translation>
    </message>
    <message>
        <source>When</source>
        <comment>rule trigger</comment>
        <extracomment>Label of the trigger: when the rule runs (&quot;When: a conversation is marked done&quot;)</extracomment>
        <translation>タイミング</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>business hours</comment>
        <extracomment>Label of the business hours&apos; opening and closing time</extracomment>
        <translation>営業時間</translation>
    </message>
    <message>
        <source>On</source>
        <comment>weekdays</comment>
        <extracomment>Label of the row of weekday checkboxes: the days the business is open</extracomment>
        <translation>営業日</translation>
    </message>
    <message>
        <source>For</source>
        <comment>message kinds</comment>
        <extracomment>Label of the message kinds the rule applies to (checkboxes &quot;DMs&quot; and &quot;Mentions&quot;)</extracomment>
        <translation>対象</translation>
    </message>
    <message>
        <source>any</source>
        <comment>followers</comment>
        <extracomment>Spin box value 0 of &quot;At least this many followers&quot;: no minimum</extracomment>
        <translation>指定なし</translation>
    </message>
    <message>
        <source>any</source>
        <comment>tag</comment>
        <extracomment>Placeholder of &quot;Only if tagged&quot;: empty means any tag or none</extracomment>
        <translation>指定なし</translation>
    </message>
    <message>
        <source>Then:</source>
        <comment>rule actions</comment>
        <extracomment>Heading of the rule&apos;s list of actions: what the rule does</extracomment>
        <translation>実行する操作：</translation>
    </message>
    <message>
        <source>Shortest time between automatic messages to one person</source>
        <extracomment>Followed by a number of hours: the shortest time between two automatic messages to one person</extracomment>
        <translation>同じ相手への自動メッセージの最短間隔</translation>
    </message>
    <message>
        <source>Tag</source>
        <comment>dialog title, verb</comment>
        <translation>タグ付け</translation>
    </message>
</context>
<context>
    <name>starling::RulesDialog</name>
    <message>
        <source>Reply by DM: %1</source>
        <translation>DM で返信：%1</translation>
    </message>
    <message>
        <source>Reply in public: %1</source>
        <translation>公開で返信：%1</translation>
    </message>
    <message>
        <source>Saved reply /%1, in public</source>
        <translation>定型返信 /%1（公開）</translation>
    </message>
    <message>
        <source>Saved reply /%1, by DM</source>
        <translation>定型返信 /%1（DM）</translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation>タグ：%1</translation>
    </message>
    <message>
        <source>Assign to %1</source>
        <translation>%1 に割り当て</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>完了にする</translation>
    </message>
    <message>
        <source>Feedback survey: %1</source>
        <translation>満足度アンケート：%1</translation>
    </message>
    <message>
        <source>Someone writes a DM for the first time</source>
        <translation>初めて DM が届いたとき</translation>
    </message>
    <message>
        <source>A DM or mention contains keywords</source>
        <translation>DM またはメンションにキーワードが含まれるとき</translation>
    </message>
    <message>
        <source>A DM or mention arrives outside business hours</source>
        <translation>営業時間外に DM またはメンションが届いたとき</translation>
    </message>
    <message>
        <source>A conversation is marked done</source>
        <translation>会話が完了になったとき</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>New rule…</source>
        <translation>新規ルール…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>What the rules did</source>
        <translation>ルールの実行履歴</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>アクティビティ</translation>
    </message>
    <message>
        <source>Delete this rule?</source>
        <translation>このルールを削除しますか？</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — cannot be read</source>
        <translation>%1 — 読み取れません</translation>
    </message>
    <message>
        <source>No rule has done anything yet.</source>
        <translation>まだどのルールも実行されていません。</translation>
    </message>
    <message>
        <source>Welcome message</source>
        <translation>ウェルカムメッセージ</translation>
    </message>
    <message>
        <source>“%1” sent a DM to %2: %3</source>
        <extracomment>In the rules&apos; activity log: %1 is the rule&apos;s name, %2 the person, %3 the message sent</extracomment>
        <translation>「%1」が %2 に DM を送信しました：%3</translation>
    </message>
    <message>
        <source>“%1” replied in public to %2: %3</source>
        <extracomment>In the rules&apos; activity log: %1 is the rule&apos;s name, %2 the person, %3 the reply posted</extracomment>
        <translation>「%1」が %2 に公開で返信しました：%3</translation>
    </message>
    <message>
        <source>“%1” sent a feedback survey to %2: %3</source>
        <extracomment>In the rules&apos; activity log: %1 is the rule&apos;s name, %2 the person, %3 the survey&apos;s question</extracomment>
        <translation>「%1」が %2 に満足度アンケートを送信しました：%3</translation>
    </message>
    <message>
        <source>“%1” tagged the conversation with %2: %3</source>
        <extracomment>In the rules&apos; activity log: %1 is the rule&apos;s name, %2 the person, %3 the tag</extracomment>
        <translation>「%1」が %2 との会話にタグを付けました：%3</translation>
    </message>
    <message>
        <source>“%1” assigned the conversation with %2 to %3</source>
        <extracomment>In the rules&apos; activity log: %1 is the rule&apos;s name, %2 the person, %3 the teammate</extracomment>
        <translation>「%1」が %2 との会話の担当者を %3 に割り当てました</translation>
    </message>
    <message>
        <source>“%1” marked the conversation with %2 done.</source>
        <extracomment>In the rules&apos; activity log: %1 is the rule&apos;s name, %2 the person</extracomment>
        <translation>「%1」が %2 との会話を完了にしました。</translation>
    </message>
    <message>
        <source>“%1” could not mark the conversation with %2 done. %3</source>
        <extracomment>In the rules&apos; activity log: %1 is the rule&apos;s name, %2 the person, %3 the error, a whole sentence</extracomment>
        <translation>「%1」は %2 との会話を完了にできませんでした。%3</translation>
    </message>
    <message>
        <source>“%1” sent nothing to %2. %3</source>
        <extracomment>In the rules&apos; activity log: %1 is the rule&apos;s name, %2 the person, %3 the reason, a whole sentence</extracomment>
        <translation>「%1」は %2 に何も送信しませんでした。%3</translation>
    </message>
    <message>
        <source>Tick a rule to turn it on; choose one to edit it</source>
        <translation>チェックするとルールが有効になります。選択すると編集できます</translation>
    </message>
    <message>
        <source>Make a new rule</source>
        <translation>新しいルールを作成します</translation>
    </message>
    <message>
        <source>Change the chosen rule</source>
        <translation>選択したルールを変更します</translation>
    </message>
    <message>
        <source>Delete the chosen rule</source>
        <translation>選択したルールを削除します</translation>
    </message>
    <message>
        <source>The newest first: what each rule sent or changed, and what it skipped</source>
        <translation>新しい順：各ルールが送信・変更したこと、スキップしたこと</translation>
    </message>
</context>
<context>
    <name>starling::SavedReplies</name>
    <message>
        <source>A short name is one word of up to 32 letters, digits, - or _.</source>
        <translation>短縮名は、文字・数字・「-」・「_」からなる 32 文字以内の 1 語です。</translation>
    </message>
    <message>
        <source>A saved reply needs some text.</source>
        <translation>定型返信には本文が必要です。</translation>
    </message>
    <message>
        <source>There is already a saved reply called /%1.</source>
        <translation>/%1 という定型返信はすでにあります。</translation>
    </message>
    <message>
        <source>This saved reply does not fit here: %1</source>
        <translation>この定型返信はここでは使えません：%1</translation>
    </message>
</context>
<context>
    <name>starling::SavedRepliesDialog</name>
    <message>
        <source>Saved replies</source>
        <translation>定型返信</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>返金</translation>
    </message>
    <message>
        <source>Type / and this name in the compose box to insert the reply</source>
        <translation>入力欄で / に続けてこの名前を入力すると、定型返信を挿入できます</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>短縮名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Hi {first_name}, …</source>
        <translation>{first_name}様、…</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>本文</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>プレースホルダー：%1</translation>
    </message>
    <message>
        <source>Delete this saved reply?</source>
        <translation>この定型返信を削除しますか？</translation>
    </message>
    <message>
        <source>%1 will be gone.</source>
        <translation>%1 は削除されます。</translation>
    </message>
    <message>
        <source>Choose a saved reply to edit it</source>
        <translation>編集する定型返信を選択します</translation>
    </message>
    <message>
        <source>Write a new saved reply</source>
        <translation>新しい定型返信を書きます</translation>
    </message>
    <message>
        <source>Delete the chosen saved reply</source>
        <translation>選択した定型返信を削除します</translation>
    </message>
    <message>
        <source>What the list of saved replies shows</source>
        <translation>定型返信の一覧に表示される名前</translation>
    </message>
    <message>
        <source>The reply as it is inserted; placeholders are filled in then</source>
        <translation>挿入される返信の本文。プレースホルダーは挿入時に埋められます</translation>
    </message>
</context>
<context>
    <name>starling::SavedReplyPicker</name>
    <message>
        <source>Saved replies: type to filter</source>
        <translation>定型返信：入力して絞り込み</translation>
    </message>
    <message>
        <source>Filter saved replies</source>
        <translation>定型返信を絞り込み</translation>
    </message>
    <message>
        <source>Saved replies</source>
        <translation>定型返信</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>一致なし</translation>
    </message>
    <message>
        <source>No saved replies yet: add them with Tools → Saved replies…</source>
        <translation>定型返信はまだありません：［ツール］→［定型返信…］で追加できます</translation>
    </message>
    <message>
        <source>Enter inserts the chosen reply</source>
        <translation>Enter で選択した返信を挿入します</translation>
    </message>
</context>
<context>
    <name>starling::SearchResultDelegate</name>
    <message>
        <source>You wrote</source>
        <extracomment>Above a search result: the message was sent by the user</extracomment>
        <translation>あなたの発言</translation>
    </message>
    <message>
        <source>They wrote</source>
        <extracomment>Above a search result: the message was sent by the other person in the conversation</extracomment>
        <translation>相手の発言</translation>
    </message>
</context>
<context>
    <name>starling::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>アカウントを追加…</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>もう一度サインイン</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Direct messages</source>
        <translation>ダイレクトメッセージ</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>メンション</translation>
    </message>
    <message>
        <source>Add an account to choose its notifications.</source>
        <translation>アカウントを追加すると、通知する内容を選べます。</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit suffix of a spin box: seconds, with a leading space if the language puts one</extracomment>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Starling never asks a network more often than its rate limit allows.</source>
        <translation>Starling が各ネットワークのレート制限を超える頻度で問い合わせることはありません。</translation>
    </message>
    <message>
        <source>Closing the window keeps Starling in the tray</source>
        <translation>ウィンドウを閉じても Starling をトレイに常駐させる</translation>
    </message>
    <message>
        <source>Start hidden in the tray</source>
        <translation>起動時はトレイに隠しておく</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>Language (after a restart)</source>
        <translation>言語（再起動後に反映）</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>データフォルダーを開く</translation>
    </message>
    <message>
        <source>Data is kept on this computer</source>
        <translation>データはこのコンピューターに保存されます</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>@%1 — %2</source>
        <translation>@%1 — %2</translation>
    </message>
    <message>
        <source>Remove @%1?</source>
        <translation>@%1 を削除しますか？</translation>
    </message>
    <message>
        <source>Starling will forget @%1 and delete its sign-in from the keychain. What should happen to its stored conversations?</source>
        <translation>Starling は @%1 の情報を消去し、サインイン情報をキーリングから削除します。保存されている会話はどうしますか？</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>残す</translation>
    </message>
    <message>
        <source>Delete them</source>
        <translation>削除する</translation>
    </message>
    <message>
        <source>Check interval while a conversation is open</source>
        <translation>会話を開いているときの確認間隔</translation>
    </message>
    <message>
        <source>Check interval otherwise</source>
        <translation>それ以外のときの確認間隔</translation>
    </message>
    <message>
        <source>Start Starling when I log in</source>
        <translation>ログイン時に Starling を起動する</translation>
    </message>
    <message>
        <source>Starling starts hidden in the tray when you log in.</source>
        <translation>ログイン時、Starling はトレイに隠れた状態で起動します。</translation>
    </message>
    <message>
        <source>Your accounts and whether each is signed in</source>
        <translation>アカウントと、それぞれのサインイン状態</translation>
    </message>
    <message>
        <source>Sign in to another account</source>
        <translation>別のアカウントにサインインします</translation>
    </message>
    <message>
        <source>Sign in again to the chosen account</source>
        <translation>選択したアカウントに再度サインインします</translation>
    </message>
    <message>
        <source>Remove the chosen account and its messages from this computer</source>
        <translation>選択したアカウントとそのメッセージをこのコンピューターから削除します</translation>
    </message>
    <message>
        <source>The name rules and your team assign conversations to you by: &quot;Mine&quot; shows those, and &quot;Take it&quot; (T) uses it</source>
        <translation>ルールやチームが会話を割り当てるときのあなたの名前です。「自分の担当」はその会話を表示し、「担当する」(T) はこの名前を使います</translation>
    </message>
    <message>
        <source>Your name in assignments</source>
        <translation>割り当てに使う名前</translation>
    </message>
    <message>
        <source>Remove @%1 from this computer?</source>
        <translation>このコンピューターから @%1 を削除しますか？</translation>
    </message>
    <message>
        <source>Starling will delete your sign-in to @%1 from this computer&apos;s keychain. The account and its conversations stay in the team workspace, where another agent&apos;s app may sync them.</source>
        <translation>Starling はこのコンピューターのキーリングから @%1 のサインイン情報を削除します。アカウントとその会話はチームワークスペースに残り、他のエージェントのアプリが同期できます。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>starling::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Next / previous conversation</source>
        <translation>次／前の会話</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the conversation and write</source>
        <translation>会話を開いて入力</translation>
    </message>
    <message>
        <source>Reply (in public on a mention)</source>
        <translation>返信（メンションでは公開で返信）</translation>
    </message>
    <message>
        <source>Reply by direct message</source>
        <translation>ダイレクトメッセージで返信</translation>
    </message>
    <message>
        <source>Mark done, or open again</source>
        <translation>完了にする／未対応に戻す</translation>
    </message>
    <message>
        <source>Mark unread</source>
        <translation>未読にする</translation>
    </message>
    <message>
        <source>Search all messages</source>
        <translation>すべてのメッセージを検索</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>一覧に戻る</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Ctrl+1 … 9</source>
        <translation>Ctrl+1 … 9</translation>
    </message>
    <message>
        <source>All accounts, then each account</source>
        <translation>すべてのアカウント、続いて各アカウント</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>New post</source>
        <translation>新規投稿</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>今すぐ同期</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Show or hide the profile pane</source>
        <translation>プロフィールパネルの表示／非表示</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>この一覧</translation>
    </message>
    <message>
        <source>Key</source>
        <extracomment>Table header of the shortcuts list: the key, and what pressing it does</extracomment>
        <translation>キー</translation>
    </message>
    <message>
        <source>Does</source>
        <comment>what the key does</comment>
        <translation>機能</translation>
    </message>
    <message>
        <source>Each key and what it does</source>
        <translation>各キーとその働き</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>レポート</translation>
    </message>
    <message>
        <source>Take the conversation (assign it to yourself)</source>
        <translation>会話を担当する (自分に割り当てる)</translation>
    </message>
</context>
<context>
    <name>starling::SignInService</name>
    <message>
        <source>Starling cannot sign in to %1 accounts here.</source>
        <translation>Starling はここでは %1 のアカウントにサインインできません。</translation>
    </message>
</context>
<context>
    <name>starling::Store</name>
    <message>
        <source>The account is not in the local database.</source>
        <translation>このアカウントはローカルデータベースにありません。</translation>
    </message>
    <message>
        <source>A snoozed conversation needs a time to return.</source>
        <translation>スヌーズした会話には再表示する時刻が必要です。</translation>
    </message>
    <message>
        <source>The conversation does not exist.</source>
        <translation>この会話は存在しません。</translation>
    </message>
    <message>
        <source>This profile was written by a newer version of Starling (database version %1; this version knows up to %2). Update Starling to open it. Nothing in the profile was changed.</source>
        <translation>このプロファイルは新しいバージョンの Starling で書き込まれています（データベースのバージョン %1。このバージョンが対応しているのは %2 までです）。開くには Starling を更新してください。プロファイルの内容は一切変更していません。</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>データベース %1 は存在しません。</translation>
    </message>
    <message>
        <source>The folder for %1 could not be created.</source>
        <translation>%1 のフォルダーを作成できませんでした。</translation>
    </message>
    <message>
        <source>The database %1 could not be opened: %2</source>
        <translation>データベース %1 を開けませんでした：%2</translation>
    </message>
    <message>
        <source>The database has not been prepared yet.</source>
        <translation>データベースの準備がまだできていません。</translation>
    </message>
    <message>
        <source>This file is not a Starling database.</source>
        <translation>このファイルは Starling のデータベースではありません。</translation>
    </message>
    <message>
        <source>The database&apos;s schema version is unreadable.</source>
        <translation>データベースのスキーマバージョンを読み取れません。</translation>
    </message>
    <message>
        <source>A page from the server was not stored: %1</source>
        <translation>サーバーからのページを保存できませんでした：%1</translation>
    </message>
    <message>
        <source>The local database failed (%1): %2</source>
        <translation>ローカルデータベースでエラーが発生しました（%1）：%2</translation>
    </message>
    <message>
        <source>The local database has no room left for messages dated %1 or later.</source>
        <translation>ローカルデータベースに、%1 以降のメッセージを保存する領域が残っていません。</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL address. Write it as postgres://user@host:5432/database.</source>
        <translation>%1 は PostgreSQL のアドレスではありません。postgres://ユーザー@ホスト:5432/データベース の形で書いてください。</translation>
    </message>
    <message>
        <source>Leave the password out of the address: Starling asks for it and keeps it in the system keychain.</source>
        <translation>アドレスにパスワードを含めないでください。Starling がパスワードを尋ね、システムのキーチェーンに保管します。</translation>
    </message>
    <message>
        <source>The team database %1 could not be opened: %2</source>
        <translation>チームのデータベース %1 を開けませんでした: %2</translation>
    </message>
    <message>
        <source>The team has this account already, in an inbox you do not belong to. Ask the team&apos;s administrator to grant it to you: starling-cli team grant %1 %2:%3</source>
        <translation>このアカウントはすでにチームにありますが、あなたが所属していない受信箱にあります。チームの管理者にアクセス権の付与を依頼してください：starling-cli team grant %1 %2:%3</translation>
    </message>
    <message>
        <source>The team inbox in this database must be set up or brought up to date by its administrator, with a PostgreSQL role that may create roles (CREATEROLE): starling-cli team init postgres://&lt;administrator&gt;@%1:%2/%3</source>
        <translation>このデータベースのチームの受信箱は、管理者がロールを作成できる PostgreSQL ロール（CREATEROLE）でセットアップまたは更新する必要があります：starling-cli team init postgres://&lt;administrator&gt;@%1:%2/%3</translation>
    </message>
</context>
<context>
    <name>starling::StoredAccessToken</name>
    <message>
        <source>%1 no longer accepts this account&apos;s sign-in: the app was removed from the account or its access was revoked. Please sign in again.</source>
        <translation>%1 はこのアカウントのサインイン情報をもう受け付けません。アカウントからアプリが削除されたか、アクセス権が取り消されました。もう一度サインインしてください。</translation>
    </message>
</context>
<context>
    <name>starling::SyncService</name>
    <message>
        <source>The account is not connected.</source>
        <translation>このアカウントは接続されていません。</translation>
    </message>
    <message>
        <source>Starling cannot talk to %1 accounts here.</source>
        <translation>Starling はここでは %1 のアカウントと通信できません。</translation>
    </message>
    <message>
        <source>Starling is closing.</source>
        <translation>Starling を終了しています。</translation>
    </message>
</context>
<context>
    <name>starling::TeamWorkspace</name>
    <message>
        <source>The password of the team database %1 is not in the keychain (or the keychain is locked). Unlock the keychain, or join again: starling --team %1 (or starling-cli team join %1)</source>
        <translation>チームのデータベース %1 のパスワードがキーリングにありません（またはキーリングがロックされています）。キーリングのロックを解除するか、もう一度参加してください：starling --team %1（または starling-cli team join %1）</translation>
    </message>
</context>
<context>
    <name>starling::TextRules</name>
    <message>
        <source>The text is empty.</source>
        <translation>テキストが空です。</translation>
    </message>
    <message>
        <source>The text contains a character that cannot be posted (U+%1).</source>
        <translation>テキストに投稿できない文字（U+%1）が含まれています。</translation>
    </message>
    <message numerus="yes">
        <source>The text is %n character(s) too long.</source>
        <translation>
            <numerusform>テキストが %n 文字長すぎます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The text is %n byte(s) too long.</source>
        <translation>
            <numerusform>テキストが %n バイト長すぎます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>starling::ThreadView</name>
    <message>
        <source>Select a conversation to read it here.</source>
        <translation>会話を選択すると、ここに表示されます。</translation>
    </message>
    <message>
        <source>Mark done, or open again (E)</source>
        <translation>完了にする／未対応に戻す（E）</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Mention</source>
        <translation>メンション</translation>
    </message>
    <message>
        <source>Group DM</source>
        <translation>グループ DM</translation>
    </message>
    <message>
        <source>DM</source>
        <translation>DM</translation>
    </message>
    <message>
        <source>Open again</source>
        <translation>未対応に戻す</translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation>✓ 完了</translation>
    </message>
    <message>
        <source>🏷 Tags</source>
        <translation>🏷 タグ</translation>
    </message>
    <message>
        <source>Tag this conversation</source>
        <translation>この会話にタグを付ける</translation>
    </message>
    <message>
        <source>New tag…</source>
        <translation>新しいタグ…</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>新しいタグ</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>タグ：</translation>
    </message>
    <message>
        <source>Give this conversation to someone on the team</source>
        <translation>この会話をチームのメンバーに割り当てます</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>担当者を割り当て</translation>
    </message>
    <message>
        <source>Who answers this conversation? (empty: no one)</source>
        <translation>この会話の担当者は？（空欄：担当者なし）</translation>
    </message>
    <message>
        <source>👤 Assign</source>
        <translation>👤 担当者</translation>
    </message>
    <message>
        <source>👤 %1</source>
        <translation>👤 %1</translation>
    </message>
    <message>
        <source>Not sent, your message is kept: %1</source>
        <translation>送信されませんでした。メッセージは保持されています：%1</translation>
    </message>
    <message>
        <source>The conversation, oldest first</source>
        <translation>会話（古い順）</translation>
    </message>
    <message>
        <source>✋ Take it</source>
        <translation>✋ 担当する</translation>
    </message>
    <message>
        <source>Make this conversation yours, unless someone on the team took it first (T)</source>
        <translation>チームの誰かが先に担当していなければ、この会話を自分の担当にします (T)</translation>
    </message>
    <message>
        <source>%1 is replying</source>
        <extracomment>Another agent of the team (%1) writes an answer in this conversation now</extracomment>
        <translation>%1 が返信中</translation>
    </message>
    <message>
        <source>%1 is viewing</source>
        <translation>%1 が閲覧中</translation>
    </message>
    <message>
        <source>Move this conversation to your accepted chats without answering yet</source>
        <translation>返信せずに、この会話を承認済みのチャットに移動します</translation>
    </message>
    <message>
        <source>Accepting…</source>
        <translation>承認中…</translation>
    </message>
    <message>
        <source>Accept request</source>
        <translation>リクエストを承認</translation>
    </message>
    <message>
        <source>%1 wrote to you first: this is a message request. Answering accepts it, or accept it now and answer later.</source>
        <translation>%1 さんから先にメッセージが届きました。これはメッセージリクエストです。返信すると承認されます。今すぐ承認して、後で返信することもできます。</translation>
    </message>
</context>
<context>
    <name>starling::TokenRefresher</name>
    <message>
        <source>%1 no longer accepts this account&apos;s sign-in. Please sign in again.</source>
        <translation>%1 はこのアカウントのサインイン情報をもう受け付けません。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>%1 no longer accepts this account&apos;s sign-in. Please sign in again. %1 said: “%2”</source>
        <translation>%1 はこのアカウントのサインイン情報をもう受け付けません。もう一度サインインしてください。%1 の応答：「%2」</translation>
    </message>
    <message>
        <source>The sign-in gave no access token.</source>
        <translation>サインインでアクセストークンが得られませんでした。</translation>
    </message>
    <message>
        <source>The system keychain could not be used for the %1 account. %2</source>
        <translation>%1 のアカウントでシステムのキーリングを使用できませんでした。%2</translation>
    </message>
    <message>
        <source>The sign-in to %1 has expired and Starling found no way to renew it in the system keychain. If the keychain is locked, unlock it; otherwise sign in again.</source>
        <translation>%1 へのサインインの有効期限が切れましたが、Starling はシステムのキーリングに更新の手段を見つけられませんでした。キーリングがロックされている場合はロックを解除し、そうでない場合はもう一度サインインしてください。</translation>
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
        <translation>Starling を隠す</translation>
    </message>
    <message>
        <source>Show Starling</source>
        <translation>Starling を表示</translation>
    </message>
    <message>
        <source>@%1: %2</source>
        <translation>@%1：%2</translation>
    </message>
    <message>
        <source>Resume notifications</source>
        <translation>通知を再開</translation>
    </message>
    <message>
        <source>Pause notifications for an hour</source>
        <translation>通知を 1 時間停止</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message numerus="yes">
        <source>Starling: %n unread</source>
        <translation>
            <numerusform>Starling：未読 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>誰か</translation>
    </message>
    <message>
        <source>%1 mentioned %2</source>
        <extracomment>Notification title of a mention: %1 is the sender, %2 the user&apos;s own handle</extracomment>
        <translation>%1 が %2 をメンションしました</translation>
    </message>
    <message numerus="yes">
        <source>%n new messages</source>
        <translation>
            <numerusform>新着メッセージ %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Newest on %1: %2</source>
        <translation>%1 の最新：%2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>direct message</comment>
        <extracomment>Notification title of a direct message: %1 is the sender, %2 the user&apos;s own handle</extracomment>
        <translation>%1 から %2 へ</translation>
    </message>
    <message>
        <source>Assigned to you: %1</source>
        <extracomment>Notification title: a rule assigned conversations to the user; %1 names the first one&apos;s person</extracomment>
        <translation>あなたの担当になりました: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) assigned to you</source>
        <translation>
            <numerusform>%n 件の会話があなたの担当になりました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>starling::WeeklyChart</name>
    <message>
        <source>no data</source>
        <translation>データなし</translation>
    </message>
</context>
<context>
    <name>starling::Workflow</name>
    <message>
        <source>A tag needs a name of up to 40 characters.</source>
        <translation>タグには 40 文字以内の名前が必要です。</translation>
    </message>
</context>
<context>
    <name>starling::WorkflowRepository</name>
    <message>
        <source>Say who takes the conversation.</source>
        <translation>会話を担当する人を指定してください。</translation>
    </message>
    <message>
        <source>The conversation is not there.</source>
        <translation>会話が見つかりません。</translation>
    </message>
</context>
<context>
    <name>starling::XAccountSignIn</name>
    <message>
        <source>Waiting for you to allow Starling in the browser…</source>
        <translation>ブラウザーで Starling が許可されるのを待っています…</translation>
    </message>
    <message>
        <source>Signed in. Reading the account…</source>
        <translation>サインインしました。アカウント情報を読み込んでいます…</translation>
    </message>
</context>
<context>
    <name>starling::XClient</name>
    <message>
        <source>X does not allow this reply: its author did not mention this account, or the conversation&apos;s reply settings exclude it. Answer by direct message instead.</source>
        <translation>X ではこの返信はできません。ポストの投稿者がこのアカウントをメンションしていないか、会話の返信設定で除外されています。代わりにダイレクトメッセージで返信してください。</translation>
    </message>
    <message>
        <source>X refused this action for this account.</source>
        <translation>X はこのアカウントでのこの操作を拒否しました。</translation>
    </message>
    <message>
        <source>X refused this action: %1</source>
        <translation>X はこの操作を拒否しました：%1</translation>
    </message>
    <message>
        <source>This is not an X conversation id.</source>
        <translation>これは X の会話 ID ではありません。</translation>
    </message>
    <message>
        <source>The account&apos;s X user id is not known yet; sign in again.</source>
        <translation>このアカウントの X ユーザー ID がまだわかりません。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>A direct message needs text or an attachment.</source>
        <translation>ダイレクトメッセージには本文か添付ファイルが必要です。</translation>
    </message>
    <message>
        <source>X allows one attachment per direct message.</source>
        <translation>X ではダイレクトメッセージ 1 件につき添付ファイルは 1 つまでです。</translation>
    </message>
    <message>
        <source>A direct message needs a conversation or 1 to 49 recipients.</source>
        <translation>ダイレクトメッセージには会話か、1～49 人の宛先が必要です。</translation>
    </message>
    <message>
        <source>This is not an X user or conversation id.</source>
        <translation>これは X のユーザー ID でも会話 ID でもありません。</translation>
    </message>
    <message>
        <source>X allows up to four images, or one GIF or video, per post.</source>
        <translation>X ではポスト 1 件につき、画像 4 枚まで、または GIF か動画 1 つを添付できます。</translation>
    </message>
    <message>
        <source>This is not an X post id.</source>
        <translation>これは X のポスト ID ではありません。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>ファイル %1 を読み込めません。</translation>
    </message>
    <message>
        <source>X does not accept files of this type (%1).</source>
        <translation>X はこの種類のファイルを受け付けません（%1）。</translation>
    </message>
    <message>
        <source>%1 is too large for X: the limit for this type is %2 MB.</source>
        <translation>%1 は X には大きすぎます。この種類のファイルの上限は %2 MB です。</translation>
    </message>
    <message>
        <source>X did not start the upload.</source>
        <translation>X がアップロードを開始しませんでした。</translation>
    </message>
    <message>
        <source>The file changed while it was being uploaded.</source>
        <translation>アップロード中にファイルが変更されました。</translation>
    </message>
    <message>
        <source>X could not process the file.</source>
        <translation>X でファイルを処理できませんでした。</translation>
    </message>
    <message>
        <source>X took too long to process the file.</source>
        <translation>X でのファイルの処理に時間がかかりすぎました。</translation>
    </message>
    <message>
        <source>“%1” is not an X username.</source>
        <translation>「%1」は X のユーザー名ではありません。</translation>
    </message>
    <message>
        <source>X sent an answer Starling could not read (%1).</source>
        <translation>X から Starling が読み取れない応答が返されました（%1）。</translation>
    </message>
    <message>
        <source>An item from X was left out: %1.</source>
        <extracomment>%1 describes the item left out, e.g. &quot;a person without an id or name&quot; (translated on its own, in lower case)</extracomment>
        <translation>X の項目を 1 件除外しました：%1。</translation>
    </message>
    <message>
        <source>a person without an id or name</source>
        <translation>ID または名前のないユーザー</translation>
    </message>
    <message>
        <source>a media item without a key or type</source>
        <translation>キーまたは種類のないメディア</translation>
    </message>
    <message>
        <source>X reported a problem: %1</source>
        <translation>X から問題が報告されました：%1</translation>
    </message>
    <message>
        <source>an event that is not an object</source>
        <translation>オブジェクトではないイベント</translation>
    </message>
    <message>
        <source>an event without an id or type</source>
        <translation>ID または種類のないイベント</translation>
    </message>
    <message>
        <source>event %1 without a conversation or time</source>
        <translation>会話または日時のないイベント %1</translation>
    </message>
    <message>
        <source>message %1 without a sender or text</source>
        <translation>送信者または本文のないメッセージ %1</translation>
    </message>
    <message>
        <source>message %1 with unreadable attachments</source>
        <translation>読み取れない添付ファイルを含むメッセージ %1</translation>
    </message>
    <message>
        <source>membership event %1 without people</source>
        <translation>参加者のいないメンバーシップイベント %1</translation>
    </message>
    <message>
        <source>an event of an unknown type (%1)</source>
        <translation>不明な種類のイベント（%1）</translation>
    </message>
    <message>
        <source>a mention without an id, author, text or time</source>
        <translation>ID、投稿者、本文、日時のいずれかがないメンション</translation>
    </message>
</context>
<context>
    <name>starling::cli::AccountsCommand</name>
    <message>
        <source>List the accounts, their state and API usage</source>
        <translation>アカウントとその状態、API 使用量を一覧表示</translation>
    </message>
    <message>
        <source>Lists the profile&apos;s accounts with their sign-in state and the API usage meter (requests, items and the estimated cost, today and over the last 30 days, in UTC days).</source>
        <translation>プロファイルのアカウントを、サインイン状態と API 使用量メーター（リクエスト数、項目数、推定コスト。今日と過去 30 日間、UTC の日単位）とともに一覧表示します。</translation>
    </message>
    <message>
        <source>accounts takes no arguments.</source>
        <translation>accounts には引数を指定できません。</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>サインイン済み</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>NETWORK</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>REQUESTS TODAY</source>
        <translation>今日のリクエスト</translation>
    </message>
    <message>
        <source>REQUESTS 30 D</source>
        <translation>30 日間のリクエスト</translation>
    </message>
    <message>
        <source>EST. COST 30 D</source>
        <translation>30 日間の推定コスト</translation>
    </message>
</context>
<context>
    <name>starling::cli::CliCommands</name>
    <message>
        <source>Usage: starling-cli [--profile DIR] [--json] &lt;command&gt; [options]
Starling&apos;s inbox from a terminal, on the same profiles as the app (both may run at once).

Commands:
</source>
        <translation>使い方：starling-cli [--profile DIR] [--json] &lt;command&gt; [options]
端末から使う Starling の受信箱です。アプリと同じプロファイルを使用します（両方を同時に実行できます）。

コマンド：
</translation>
    </message>
    <message>
        <source>`starling-cli &lt;command&gt; --help` tells more about each.</source>
        <translation>各コマンドの詳細は `starling-cli &lt;command&gt; --help` で表示されます。</translation>
    </message>
    <message>
        <source>Starling&apos;s inbox from a terminal.</source>
        <translation>端末から使う Starling の受信箱です。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>バージョンを表示します。</translation>
    </message>
    <message>
        <source>Use the profile in &lt;dir&gt;: the same profiles as the app, which may run at the same time (default: the app&apos;s own).</source>
        <translation>&lt;dir&gt; のプロファイルを使用します。アプリと同じプロファイルで、アプリと同時に実行できます（既定：アプリのプロファイル）。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Print machine-readable JSON (export: see --format).</source>
        <translation>機械可読な JSON で出力します（export では --format を参照）。</translation>
    </message>
    <message>
        <source>What to do; see below.</source>
        <translation>実行する内容。下記を参照してください。</translation>
    </message>
    <message>
        <source>See `starling-cli --help`.</source>
        <translation>`starling-cli --help` を参照してください。</translation>
    </message>
    <message>
        <source>Which command? For example: starling-cli inbox</source>
        <translation>どのコマンドを実行しますか？例：starling-cli inbox</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>不明なコマンド「%1」です。</translation>
    </message>
</context>
<context>
    <name>starling::cli::CommandLine</name>
    <message>
        <source>Use the profile in &lt;dir&gt; (the same profiles as the app).</source>
        <translation>&lt;dir&gt; のプロファイルを使用します（アプリと同じプロファイル）。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>機械可読な JSON で出力します。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>Usage: starling-cli [--profile DIR] [--json] %1 %2</source>
        <translation>使い方：starling-cli [--profile DIR] [--json] %1 %2</translation>
    </message>
    <message>
        <source>%1: %2
See `starling-cli %1 --help`.</source>
        <translation>%1：%2
`starling-cli %1 --help` を参照してください。</translation>
    </message>
    <message>
        <source>--%1 needs a whole number from %2 to %3, not “%4”.</source>
        <translation>--%1 には %2～%3 の整数を指定してください（「%4」は指定できません）。</translation>
    </message>
    <message>
        <source>--%1 needs an ISO 8601 date such as 2026-04-01 (or 2026-04-01T09:30), not “%2”.</source>
        <translation>--%1 には 2026-04-01（または 2026-04-01T09:30）のような ISO 8601 形式の日付を指定してください（「%2」は指定できません）。</translation>
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
        <translation>終了コード：
  0  完了
  1  答えが「いいえ」（count：テキストが収まらない）
  2  使い方の誤り：不明なコマンドまたはオプション、値がないか形式が正しくない
  3  見つからない：該当するアカウント、会話、メッセージ、ファイルがない
  4  ネットワークエラー：オフライン、タイムアウト、レート制限、サーバーエラー
  5  その他の失敗：サインアウト中、キーリング、ストレージ、ネットワークによる拒否
</translation>
    </message>
</context>
<context>
    <name>starling::cli::ContactsCommand</name>
    <message>
        <source>The local database did not answer in time.</source>
        <translation>ローカルデータベースから時間内に応答がありませんでした。</translation>
    </message>
    <message>
        <source>“%1” is not a contact id (a whole number from 1 up).</source>
        <translation>「%1」は連絡先 ID ではありません（1 以上の整数を指定してください）。</translation>
    </message>
    <message>
        <source>“%1” names no one: write network:handle (x:@ana, mastodon:@ana@example.social, bluesky:@ana.bsky.social) or an identity id from `contacts show`.</source>
        <translation>「%1」に該当する人はいません。network:handle（x:@ana、mastodon:@ana@example.social、bluesky:@ana.bsky.social）か、`contacts show` で表示されるアイデンティティ ID を指定してください。</translation>
    </message>
    <message>
        <source>list: only people in stage &lt;S&gt;.</source>
        <translation>list：ステージ &lt;S&gt; の人のみ。</translation>
    </message>
    <message>
        <source>list: only people in no stage. stage: take people out of their stage.</source>
        <translation>list：どのステージにも属さない人のみ。stage：人をステージから外します。</translation>
    </message>
    <message>
        <source>list: only people tagged &lt;T&gt;.</source>
        <translation>list：タグ &lt;T&gt; が付いた人のみ。</translation>
    </message>
    <message>
        <source>list: only people on &lt;N&gt; (x, mastodon or bluesky).</source>
        <translation>list：&lt;N&gt;（x、mastodon、bluesky のいずれか）の人のみ。</translation>
    </message>
    <message>
        <source>list: only people whose name, company, e-mail or handle holds &lt;W&gt;.</source>
        <translation>list：名前、会社、メール、ハンドルのいずれかに &lt;W&gt; を含む人のみ。</translation>
    </message>
    <message>
        <source>list: name (the default), last (newest contact first), stage or created.</source>
        <translation>list：name（既定）、last（最近連絡した順）、stage、created のいずれか。</translation>
    </message>
    <message>
        <source>list, show: at most &lt;N&gt; rows (default 50).</source>
        <translation>list、show：最大 &lt;N&gt; 行（既定は 50）。</translation>
    </message>
    <message>
        <source>tag: remove the tag instead of adding it.</source>
        <translation>tag：タグを付ける代わりに外します。</translation>
    </message>
    <message>
        <source>link: merge contact &lt;C&gt; into this one: identities, fields, tags, notes, history.</source>
        <translation>link：連絡先 &lt;C&gt; をこの連絡先に統合します（アイデンティティ、フィールド、タグ、メモ、履歴）。</translation>
    </message>
    <message>
        <source>note, stage: who wrote it (default: you).</source>
        <translation>note、stage：記入者（既定：あなた）。</translation>
    </message>
    <message>
        <source>export: csv (the default) or vcard.</source>
        <translation>export：csv（既定）または vcard。</translation>
    </message>
    <message>
        <source>import: check the file and show what would be imported; write nothing.</source>
        <translation>import：ファイルを確認し、インポートされる内容を表示します。何も書き込みません。</translation>
    </message>
    <message>
        <source>People across networks: list, show, link, stages, tags, notes, import and export</source>
        <translation>ネットワークをまたぐ連絡先：一覧、表示、リンク、ステージ、タグ、メモ、インポート、エクスポート</translation>
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
        <translation>やり取りする相手はすべて連絡先になります。連絡先は 1 人の人物で、各ネットワークでのその人のアイデンティティをまとめて持ちます。

  list                          人物の一覧（--stage、--no-stage、--tag、--network、--search、--sort、--limit を指定可能）
  show CONTACT                  フィールド、アイデンティティ、タイムラインの最新の項目を表示
  link CONTACT IDENTITY…        アイデンティティ（x:@ana、または show で表示される ID）を連絡先にリンク
  link CONTACT --merge OTHER    または、別の連絡先全体をこの連絡先に統合
  unlink IDENTITY               アイデンティティを分離して独立した連絡先にする
  stage                         パイプラインと、各ステージの人数を表示
  stage STAGE CONTACT…          人をステージに移動（--no-stage：どのステージからも外す）
  tag TAG CONTACT…              人にタグを付ける（--remove：タグを外す）
  note CONTACT TEXT             人物のタイムラインにメモを追加
  export [FILE]                 すべての連絡先を CSV（または --format vcard）で書き出す。FILE がなければ標準出力へ
  import FILE                   CSV から連絡先を取り込む。全行を取り込むか、不正な行が 1 つでもあれば何も取り込まない（--dry-run：確認のみ）

CSV の列：name、company、email、phone、website、location、stage、owner、tags、handles、note、および独自のフィールド用の custom:&lt;field&gt;。スプレッドシートが数式として実行するようなセルは、先頭にアポストロフィを付けて書き出されます。</translation>
    </message>
    <message>
        <source>What to do: list, show, link, unlink, stage, tag, note, export or import.</source>
        <translation>実行する内容：list、show、link、unlink、stage、tag、note、export、import のいずれか。</translation>
    </message>
    <message>
        <source>list takes options only.</source>
        <translation>list にはオプションのみ指定できます。</translation>
    </message>
    <message>
        <source>Unknown subcommand “%1”: list, show, link, unlink, stage, tag, note, export or import.</source>
        <translation>不明なサブコマンド「%1」です。list、show、link、unlink、stage、tag、note、export、import のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>--network is x, mastodon or bluesky, not “%1”.</source>
        <translation>--network には x、mastodon、bluesky のいずれかを指定してください（「%1」は指定できません）。</translation>
    </message>
    <message>
        <source>--sort is name, last, stage or created, not “%1”.</source>
        <translation>--sort には name、last、stage、created のいずれかを指定してください（「%1」は指定できません）。</translation>
    </message>
    <message>
        <source>No contacts match.</source>
        <translation>条件に一致する連絡先はありません。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation>ステージ</translation>
    </message>
    <message>
        <source>NETWORKS</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>LAST CONTACT</source>
        <translation>最終連絡</translation>
    </message>
    <message>
        <source>TAGS</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>show needs exactly one contact id.</source>
        <translation>show には連絡先 ID を 1 つだけ指定してください。</translation>
    </message>
    <message>
        <source>There is no contact %1.</source>
        <translation>連絡先 %1 はありません。</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>会社</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>ウェブサイト</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>所在地</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ステージ</translation>
    </message>
    <message>
        <source>%1 (since %2)</source>
        <translation>%1（%2 から）</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Identities:</source>
        <translation>アイデンティティ：</translation>
    </message>
    <message>
        <source>  %1  @%2 on %3, with %4</source>
        <translation>  %1  %3 の @%2（アカウント %4）</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>タイムライン：</translation>
    </message>
    <message>
        <source>link needs a contact id, then identities or --merge OTHER.</source>
        <translation>link には連絡先 ID と、その後にアイデンティティまたは --merge OTHER を指定してください。</translation>
    </message>
    <message>
        <source>link takes identities, or --merge OTHER, but not both.</source>
        <translation>link にはアイデンティティか --merge OTHER のどちらかを指定してください（両方は指定できません）。</translation>
    </message>
    <message>
        <source>Contact %1 is now part of contact %2.</source>
        <translation>連絡先 %1 を連絡先 %2 に統合しました。</translation>
    </message>
    <message numerus="yes">
        <source>Linked %n identity(s) to contact %1.</source>
        <translation>
            <numerusform>%n 件のアイデンティティを連絡先 %1 にリンクしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>unlink needs exactly one identity (x:@ana, or an id from show).</source>
        <translation>unlink にはアイデンティティを 1 つだけ指定してください（x:@ana、または show で表示される ID）。</translation>
    </message>
    <message>
        <source>Identity %1 is now contact %2 of its own.</source>
        <translation>アイデンティティ %1 を分離し、独立した連絡先 %2 にしました。</translation>
    </message>
    <message>
        <source>PEOPLE</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Which contacts? For example: starling-cli contacts stage Customer 12</source>
        <translation>どの連絡先ですか？例：starling-cli contacts stage 顧客 12</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) are in no stage now.</source>
        <translation>
            <numerusform>%n 件の連絡先をステージから外しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) are in stage %1 now.</source>
        <translation>
            <numerusform>%n 件の連絡先をステージ %1 に移動しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>tag needs a tag, then contact ids: starling-cli contacts tag vip 12 14</source>
        <translation>tag にはタグと、その後に連絡先 ID を指定してください：starling-cli contacts tag vip 12 14</translation>
    </message>
    <message numerus="yes">
        <source>Removed the tag %1 from %n contact(s).</source>
        <translation>
            <numerusform>%n 件の連絡先からタグ %1 を外しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tagged %n contact(s) %1.</source>
        <translation>
            <numerusform>%n 件の連絡先にタグ %1 を付けました。</numerusform>
        </translation>
    </message>
    <message>
        <source>note needs a contact id and the text, in quotes.</source>
        <translation>note には連絡先 ID と、引用符で囲んだテキストを指定してください。</translation>
    </message>
    <message>
        <source>Noted on contact %1.</source>
        <translation>連絡先 %1 にメモを追加しました。</translation>
    </message>
    <message>
        <source>export writes to one file, or to standard output without one.</source>
        <translation>export はファイル 1 つに書き出します。ファイルを指定しない場合は標準出力に書き出します。</translation>
    </message>
    <message>
        <source>--format is csv or vcard, not “%1”.</source>
        <translation>--format には csv か vcard を指定してください（「%1」は指定できません）。</translation>
    </message>
    <message>
        <source>Standard output cannot be written: %1</source>
        <translation>標準出力に書き込めません：%1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 に書き込めません：%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s).</source>
        <translation>
            <numerusform>%n 件の連絡先をエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>import needs the CSV file to read.</source>
        <translation>import には読み込む CSV ファイルを指定してください。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読み込めません：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) can be imported.</source>
        <translation>
            <numerusform>%n 行をインポートできます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>…ほかに %n 件の問題があります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n contact(s).</source>
        <translation>
            <numerusform>%n 件の連絡先をインポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>starling::cli::Context</name>
    <message>
        <source>“%1” names several accounts; say which: %2</source>
        <translation>「%1」に該当するアカウントが複数あります。次のどれかを指定してください：%2</translation>
    </message>
    <message>
        <source>There is no account “%1” in this profile. See `starling-cli accounts`.</source>
        <translation>このプロファイルにアカウント「%1」はありません。`starling-cli accounts` を参照してください。</translation>
    </message>
    <message>
        <source>@%1 on %2</source>
        <translation>%2 の @%1</translation>
    </message>
    <message>
        <source>This profile has no accounts yet. Accounts are added in the Starling app (Accounts → Add account…); the command line uses the same profile.</source>
        <translation>このプロファイルにはまだアカウントがありません。アカウントは Starling アプリで追加します（［アカウント］→［アカウントを追加…］）。コマンドラインも同じプロファイルを使用します。</translation>
    </message>
    <message>
        <source>The keychain did not answer.</source>
        <translation>キーリングから応答がありませんでした。</translation>
    </message>
    <message>
        <source>This profile is the team workspace %1: there, the app of the agent who leads an account syncs it and sends its messages, so that nothing is polled or sent twice. Use the app, or a local profile (--profile).</source>
        <translation>このプロファイルはチームワークスペース %1 です。チームワークスペースでは、同じ内容が二重に取得・送信されないよう、アカウントを担当するエージェントのアプリがそのアカウントを同期し、メッセージを送信します。アプリを使用するか、ローカルのプロファイル（--profile）を使用してください。</translation>
    </message>
</context>
<context>
    <name>starling::cli::CountCommand</name>
    <message>
        <source>x, mastodon or bluesky.</source>
        <translation>x、mastodon、bluesky のいずれか。</translation>
    </message>
    <message>
        <source>Another length limit in the network&apos;s unit: a Mastodon server&apos;s max_characters, or a longer X post limit.</source>
        <translation>ネットワークの単位による別の文字数上限：Mastodon サーバーの max_characters、または X の長いポストの上限。</translation>
    </message>
    <message>
        <source>Measure a direct message instead of a post.</source>
        <translation>投稿ではなくダイレクトメッセージとして測ります。</translation>
    </message>
    <message>
        <source>Measure a text by a network&apos;s rules</source>
        <translation>ネットワークのルールでテキストを測る</translation>
    </message>
    <message>
        <source>Measures a text by a network&apos;s rules, as the compose box does: its length, the limit, and whether it fits. The text comes from the arguments (joined by spaces) or, without any, from standard input (one final line break is dropped); put -- before a text that begins with a dash. Exits with 1 when it does not fit.</source>
        <translation>入力欄と同じように、ネットワークのルールでテキストを測ります：長さ、上限、収まるかどうか。テキストは引数（スペースで連結）から、引数がなければ標準入力から読み取ります（最後の改行 1 つは取り除かれます）。ダッシュで始まるテキストの前には -- を置いてください。収まらない場合は終了コード 1 で終了します。</translation>
    </message>
    <message>
        <source>The text to measure.</source>
        <translation>測るテキスト。</translation>
    </message>
    <message>
        <source>count needs --network x, mastodon or bluesky.</source>
        <translation>count には --network x、mastodon、bluesky のいずれかが必要です。</translation>
    </message>
    <message>
        <source>--network is x, mastodon or bluesky, not “%1”.</source>
        <translation>--network には x、mastodon、bluesky のいずれかを指定してください（「%1」は指定できません）。</translation>
    </message>
    <message>
        <source>Standard input cannot be read: %1</source>
        <translation>標準入力を読み込めません：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 post: %2 of %n weighted character(s).</source>
        <translation>
            <numerusform>%1 の投稿：%2 / %n 文字（重み付き）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 direct message: %2 of %n weighted character(s).</source>
        <translation>
            <numerusform>%1 のダイレクトメッセージ：%2 / %n 文字（重み付き）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 post: %2 of %n character(s).</source>
        <translation>
            <numerusform>%1 の投稿：%2 / %n 文字。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 direct message: %2 of %n character(s).</source>
        <translation>
            <numerusform>%1 のダイレクトメッセージ：%2 / %n 文字。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 post: %2 of %n character(s) (graphemes).</source>
        <translation>
            <numerusform>%1 の投稿：%2 / %n 文字（書記素）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 direct message: %2 of %n character(s) (graphemes).</source>
        <translation>
            <numerusform>%1 のダイレクトメッセージ：%2 / %n 文字（書記素）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n byte(s).</source>
        <extracomment>%1 is the text&apos;s length in bytes, %n the most bytes a post can have</extracomment>
        <translation>
            <numerusform>%1 / %n バイト。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It fits: %n left.</source>
        <translation>
            <numerusform>収まります：残り %n。</numerusform>
        </translation>
    </message>
    <message>
        <source>It does not fit. %1</source>
        <extracomment>%1 is the reason, a whole sentence such as &quot;The text is 3 characters too long.&quot;</extracomment>
        <translation>収まりません。%1</translation>
    </message>
</context>
<context>
    <name>starling::cli::ExportCommand</name>
    <message>
        <source>jsonl or csv.</source>
        <translation>jsonl または csv。</translation>
    </message>
    <message>
        <source>Only messages from &lt;DATE&gt; on, and their conversations (ISO 8601: 2026-04-01).</source>
        <translation>&lt;DATE&gt; 以降のメッセージとその会話のみ（ISO 8601：2026-04-01）。</translation>
    </message>
    <message>
        <source>Only the account &lt;A&gt;.</source>
        <translation>アカウント &lt;A&gt; のみ。</translation>
    </message>
    <message>
        <source>Write every conversation and message as JSON Lines or CSV</source>
        <translation>すべての会話とメッセージを JSON Lines または CSV で書き出す</translation>
    </message>
    <message>
        <source>Writes every stored conversation and message to standard output, as it reads them: the export takes the same little memory for a million messages as for ten.

jsonl (the default): JSON Lines, one object per line: a {&quot;type&quot;: &quot;conversation&quot;} line, then the {&quot;type&quot;: &quot;message&quot;} lines of that conversation, oldest first. Message ids are strings (they are too large for JavaScript&apos;s numbers).
csv: one row per message with its conversation&apos;s columns, a header row first (RFC 4180, UTF-8).</source>
        <translation>保存されているすべての会話とメッセージを、読み込んだ順に標準出力へ書き出します。メッセージが 100 万件でも 10 件でも、エクスポートに使うメモリはわずかで同じです。

jsonl（既定）：JSON Lines 形式で、1 行に 1 オブジェクト。{&quot;type&quot;: &quot;conversation&quot;} の行に続けて、その会話の {&quot;type&quot;: &quot;message&quot;} の行が古い順に並びます。メッセージ ID は文字列です（JavaScript の数値では大きすぎるため）。
csv：1 メッセージにつき 1 行で、その会話の列を含みます。先頭はヘッダー行です（RFC 4180、UTF-8）。</translation>
    </message>
    <message>
        <source>export writes to standard output; redirect it: starling-cli export &gt; file.jsonl</source>
        <translation>export は標準出力に書き出します。リダイレクトしてください：starling-cli export &gt; file.jsonl</translation>
    </message>
    <message>
        <source>--format is jsonl or csv, not “%1”.</source>
        <translation>--format には jsonl か csv を指定してください（「%1」は指定できません）。</translation>
    </message>
    <message>
        <source>Standard output cannot be written: %1</source>
        <translation>標準出力に書き込めません：%1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n conversation(s).</source>
        <translation>
            <numerusform>%n 件の会話をエクスポートしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in all.</source>
        <extracomment>Follows &quot;Exported 3 conversations.&quot;: the messages in those conversations</extracomment>
        <translation>
            <numerusform>メッセージは合計 %n 件です。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>starling::cli::Format</name>
    <message>
        <source>just now</source>
        <translation>たった今</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n 分前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n 時間前</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>昨日</translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>%n 日前</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>A duration in seconds, with the unit&apos;s abbreviation</extracomment>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <extracomment>A duration in minutes, with the unit&apos;s abbreviation</extracomment>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>A duration in hours and minutes, with the units&apos; abbreviations</extracomment>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 h</source>
        <extracomment>A duration in hours, with the unit&apos;s abbreviation</extracomment>
        <translation>%1 時間</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <extracomment>A duration in days and hours, with the units&apos; abbreviations</extracomment>
        <translation>%1 日 %2 時間</translation>
    </message>
    <message>
        <source>%1 d</source>
        <extracomment>A duration in days, with the unit&apos;s abbreviation</extracomment>
        <translation>%1 日</translation>
    </message>
    <message>
        <source>you</source>
        <translation>あなた</translation>
    </message>
</context>
<context>
    <name>starling::cli::InboxCommand</name>
    <message>
        <source>Only conversations with unread messages.</source>
        <translation>未読メッセージのある会話のみ。</translation>
    </message>
    <message>
        <source>Only the account &lt;A&gt; (its handle, network:handle or id).</source>
        <translation>アカウント &lt;A&gt; のみ（ハンドル、network:handle、または ID）。</translation>
    </message>
    <message>
        <source>dm (direct and group messages) or mention (public threads).</source>
        <translation>dm（ダイレクトメッセージとグループメッセージ）または mention（公開スレッド）。</translation>
    </message>
    <message>
        <source>open (the default), done, snoozed or all.</source>
        <translation>open（既定）、done、snoozed、all のいずれか。</translation>
    </message>
    <message>
        <source>At most &lt;N&gt; conversations (default 20).</source>
        <translation>最大 &lt;N&gt; 件の会話（既定は 20）。</translation>
    </message>
    <message>
        <source>List conversations</source>
        <translation>会話を一覧表示</translation>
    </message>
    <message>
        <source>Lists conversations, the most recent activity first, as the app&apos;s inbox does.</source>
        <translation>アプリの受信箱と同じように、最近のアクティビティ順に会話を一覧表示します。</translation>
    </message>
    <message>
        <source>inbox takes no arguments, only options.</source>
        <translation>inbox には引数を指定できません。オプションのみ指定できます。</translation>
    </message>
    <message>
        <source>--kind is dm or mention, not “%1”.</source>
        <translation>--kind には dm か mention を指定してください（「%1」は指定できません）。</translation>
    </message>
    <message>
        <source>--state is open, done, snoozed or all, not “%1”.</source>
        <translation>--state には open、done、snoozed、all のいずれかを指定してください（「%1」は指定できません）。</translation>
    </message>
    <message>
        <source>No conversations.</source>
        <translation>会話はありません。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>WITH</source>
        <translation>相手</translation>
    </message>
    <message>
        <source>UNREAD</source>
        <translation>未読</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>最終更新</translation>
    </message>
    <message>
        <source>LAST MESSAGE</source>
        <translation>最新のメッセージ</translation>
    </message>
    <message>
        <source>Only message requests (Bluesky: people the account does not follow who wrote first).</source>
        <translation>メッセージリクエストのみ（Bluesky: アカウントがフォローしておらず、先にメッセージを送った人）。</translation>
    </message>
</context>
<context>
    <name>starling::cli::Output</name>
    <message>
        <source>starling-cli: %1</source>
        <translation>starling-cli：%1</translation>
    </message>
</context>
<context>
    <name>starling::cli::PostCommand</name>
    <message>
        <source>Attach &lt;FILE&gt;; repeat for several.</source>
        <translation>&lt;FILE&gt; を添付します。複数ある場合は繰り返し指定します。</translation>
    </message>
    <message>
        <source>Publish a post, with media</source>
        <translation>メディア付きで投稿する</translation>
    </message>
    <message>
        <source>Publishes a new post, with pictures or a video if you like, through the outbox.</source>
        <translation>新しい投稿を、必要なら画像や動画を付けて、送信トレイ経由で公開します。</translation>
    </message>
    <message>
        <source>The post (the arguments, joined by spaces).</source>
        <translation>投稿内容（引数をスペースで連結）。</translation>
    </message>
    <message>
        <source>post needs --account: which account to post from.</source>
        <translation>post には --account（投稿に使うアカウント）が必要です。</translation>
    </message>
    <message>
        <source>post needs a text or a file to post.</source>
        <translation>post には投稿するテキストかファイルが必要です。</translation>
    </message>
    <message>
        <source>There is no readable file %1.</source>
        <translation>読み込めるファイル %1 はありません。</translation>
    </message>
</context>
<context>
    <name>starling::cli::ReplyCommand</name>
    <message>
        <source>Answer by direct message instead of in public.</source>
        <translation>公開ではなくダイレクトメッセージで返信します。</translation>
    </message>
    <message>
        <source>Answer a message, in public or with --dm</source>
        <translation>メッセージに公開で、または --dm で返信する</translation>
    </message>
    <message>
        <source>Answers a message: in public, under it; or with --dm, privately to its author (in the same conversation when it is a direct message already).</source>
        <translation>メッセージに返信します：公開ではそのメッセージの下に、--dm では投稿者に非公開で返信します（すでにダイレクトメッセージの場合は同じ会話内で）。</translation>
    </message>
    <message>
        <source>The message&apos;s id, as `show` prints it (#…).</source>
        <translation>`show` が表示するメッセージ ID（#…）。</translation>
    </message>
    <message>
        <source>The answer (the arguments, joined by spaces).</source>
        <translation>返信内容（引数をスペースで連結）。</translation>
    </message>
    <message>
        <source>reply needs a message id and the text of the answer.</source>
        <translation>reply にはメッセージ ID と返信のテキストが必要です。</translation>
    </message>
    <message>
        <source>“%1” is not a message id (a whole number from 1 up).</source>
        <translation>「%1」はメッセージ ID ではありません（1 以上の整数）。</translation>
    </message>
    <message>
        <source>reply needs the text of the answer.</source>
        <translation>reply には返信のテキストが必要です。</translation>
    </message>
    <message>
        <source>There is no message %1.</source>
        <translation>メッセージ %1 はありません。</translation>
    </message>
    <message>
        <source>There is no conversation %1.</source>
        <translation>会話 %1 はありません。</translation>
    </message>
    <message>
        <source>message %1 belongs to %2, not to %3.</source>
        <translation>メッセージ %1 は %3 ではなく %2 のものです。</translation>
    </message>
    <message>
        <source>message %1 is a direct message: answer it with --dm.</source>
        <translation>メッセージ %1 はダイレクトメッセージです。--dm で返信してください。</translation>
    </message>
    <message>
        <source>message %1 is yours: there is no one to answer privately.</source>
        <translation>メッセージ %1 はあなたのメッセージです。非公開で返信する相手がいません。</translation>
    </message>
</context>
<context>
    <name>starling::cli::SearchCommand</name>
    <message>
        <source>Only the account &lt;A&gt;.</source>
        <translation>アカウント &lt;A&gt; のみ。</translation>
    </message>
    <message>
        <source>At most &lt;N&gt; messages (default 20).</source>
        <translation>最大 &lt;N&gt; 件のメッセージ（既定は 20）。</translation>
    </message>
    <message>
        <source>Search every message</source>
        <translation>すべてのメッセージを検索</translation>
    </message>
    <message>
        <source>Searches every stored message, newest first. Every word must match; &quot;quoted words&quot; match as a phrase; a trailing * matches a prefix.</source>
        <translation>保存されているすべてのメッセージを新しい順に検索します。すべての語が一致する必要があります。&quot;引用符で囲んだ語&quot; はフレーズとして一致し、末尾の * は前方一致になります。</translation>
    </message>
    <message>
        <source>What to look for.</source>
        <translation>検索する内容。</translation>
    </message>
    <message>
        <source>search needs something to look for.</source>
        <translation>search には検索する内容が必要です。</translation>
    </message>
    <message>
        <source>No messages match “%1”.</source>
        <translation>「%1」に一致するメッセージはありません。</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>CONV</source>
        <translation>会話</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>送信者</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>本文</translation>
    </message>
</context>
<context>
    <name>starling::cli::SendCommand</name>
    <message>
        <source>The person&apos;s handle (with or without @) or id.</source>
        <translation>相手のハンドル（@ は省略可）または ID。</translation>
    </message>
    <message>
        <source>Send a direct message to someone</source>
        <translation>ダイレクトメッセージを送信する</translation>
    </message>
    <message>
        <source>Sends a direct message to a person, through the outbox as the app does: written down first, sent once, never lost.</source>
        <translation>アプリと同じく送信トレイ経由で、相手にダイレクトメッセージを送信します。先に記録してから 1 回だけ送信するため、失われることはありません。</translation>
    </message>
    <message>
        <source>The message (the arguments, joined by spaces).</source>
        <translation>メッセージ（引数をスペースで連結）。</translation>
    </message>
    <message>
        <source>send needs --account: which account to send from.</source>
        <translation>send には --account（送信に使うアカウント）が必要です。</translation>
    </message>
    <message>
        <source>send needs --to: whom to send to.</source>
        <translation>send には --to（宛先）が必要です。</translation>
    </message>
    <message>
        <source>send needs the text of the message.</source>
        <translation>send にはメッセージのテキストが必要です。</translation>
    </message>
</context>
<context>
    <name>starling::cli::Sender</name>
    <message>
        <source>Send from the account &lt;A&gt; (handle, network:handle or id).</source>
        <translation>アカウント &lt;A&gt; から送信します（ハンドル、network:handle、または ID）。</translation>
    </message>
    <message>
        <source>Wait at most &lt;seconds&gt; for the network (default 60). What is not sent by then stays in the outbox.</source>
        <translation>ネットワークの応答を最大 &lt;seconds&gt; 秒待ちます（既定は 60）。それまでに送信されなかったものは送信トレイに残ります。</translation>
    </message>
    <message>
        <source>Another Starling (%1, process %2) is sending from this profile. Send from there, or close it and try again: only one may send at a time, so that nothing is sent twice.</source>
        <translation>別の Starling（%1、プロセス %2）がこのプロファイルから送信中です。そちらから送信するか、そちらを終了してからもう一度お試しください。同じ内容が二重に送信されないよう、同時に送信できるのは 1 つだけです。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>The text cannot be sent: %1</source>
        <translation>このテキストは送信できません：%1</translation>
    </message>
    <message>
        <source>The network did not answer in time.</source>
        <translation>ネットワークから時間内に応答がありませんでした。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>送信中…</translation>
    </message>
    <message>
        <source>Sent from %1 (message %2, remote id %3).</source>
        <translation>%1 から送信しました（メッセージ %2、リモート ID %3）。</translation>
    </message>
    <message>
        <source>Sent from %1 (remote id %2).</source>
        <translation>%1 から送信しました（リモート ID %2）。</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>送信されませんでした：%1</translation>
    </message>
    <message>
        <source>Perhaps sent, but it could not be verified: %1 Check before sending it again.</source>
        <translation>送信された可能性がありますが、確認できませんでした：%1 再送信する前に確認してください。</translation>
    </message>
    <message>
        <source>Not sent yet: the network did not answer in time.</source>
        <translation>まだ送信されていません：ネットワークから時間内に応答がありませんでした。</translation>
    </message>
    <message>
        <source>Not sent yet: %1</source>
        <translation>まだ送信されていません：%1</translation>
    </message>
    <message>
        <source>It stays in the outbox and goes out the next time the app runs or a command sends from this account.</source>
        <translation>送信トレイに残り、次にアプリを起動したとき、またはコマンドでこのアカウントから送信するときに送信されます。</translation>
    </message>
    <message>
        <source>The system keychain did not answer in time.</source>
        <translation>システムのキーリングから時間内に応答がありませんでした。</translation>
    </message>
    <message>
        <source>%1 is not signed in (or the keychain is locked): sign in again in the Starling app.</source>
        <translation>%1 はサインインしていません（またはキーリングがロックされています）。Starling アプリでもう一度サインインしてください。</translation>
    </message>
</context>
<context>
    <name>starling::cli::ShowCommand</name>
    <message>
        <source>At most &lt;N&gt; messages, the newest (default 50).</source>
        <translation>最大 &lt;N&gt; 件のメッセージ（最新のもの。既定は 50）。</translation>
    </message>
    <message>
        <source>Show a conversation and its messages</source>
        <translation>会話とそのメッセージを表示</translation>
    </message>
    <message>
        <source>Shows a conversation and its newest messages, oldest first. Message ids (#…) are what `reply` takes.</source>
        <translation>会話と最新のメッセージを古い順に表示します。メッセージ ID（#…）は `reply` に指定するものです。</translation>
    </message>
    <message>
        <source>The conversation&apos;s id, as `inbox` lists it.</source>
        <translation>`inbox` が表示する会話 ID。</translation>
    </message>
    <message>
        <source>show needs exactly one conversation id.</source>
        <translation>show には会話 ID を 1 つだけ指定してください。</translation>
    </message>
    <message>
        <source>“%1” is not a conversation id (a whole number from 1 up).</source>
        <translation>「%1」は会話 ID ではありません（1 以上の整数）。</translation>
    </message>
    <message>
        <source>There is no conversation %1.</source>
        <translation>会話 %1 はありません。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Mentions with %1</source>
        <translation>%1 とのメンション</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>グループ %1</translation>
    </message>
    <message>
        <source>DM with %1</source>
        <translation>%1 との DM</translation>
    </message>
    <message>
        <source>Conversation %1</source>
        <translation>会話 %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 の %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>未読 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>No messages.</source>
        <translation>メッセージはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>添付ファイル %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>starling::cli::StateCommand</name>
    <message>
        <source>Mark a conversation done</source>
        <translation>会話を完了にする</translation>
    </message>
    <message>
        <source>Open a conversation again</source>
        <translation>会話を未対応に戻す</translation>
    </message>
    <message>
        <source>Marks a conversation done: it leaves the inbox until someone writes again.</source>
        <translation>会話を完了にします。誰かが再びメッセージを書くまで、その会話は受信箱から外れます。</translation>
    </message>
    <message>
        <source>Opens a conversation that was done (or snoozed) again.</source>
        <translation>完了（またはスヌーズ）にした会話を未対応に戻します。</translation>
    </message>
    <message>
        <source>The conversation&apos;s id, as `inbox` lists it.</source>
        <translation>`inbox` が表示する会話 ID。</translation>
    </message>
    <message>
        <source>%1 needs exactly one conversation id.</source>
        <translation>%1 には会話 ID を 1 つだけ指定してください。</translation>
    </message>
    <message>
        <source>“%1” is not a conversation id (a whole number from 1 up).</source>
        <translation>「%1」は会話 ID ではありません（1 以上の整数）。</translation>
    </message>
    <message>
        <source>The local database did not answer in time.</source>
        <translation>ローカルデータベースから時間内に応答がありませんでした。</translation>
    </message>
    <message>
        <source>There is no conversation %1.</source>
        <translation>会話 %1 はありません。</translation>
    </message>
    <message>
        <source>Conversation %1 is done.</source>
        <translation>会話 %1 を完了にしました。</translation>
    </message>
    <message>
        <source>Conversation %1 is open again.</source>
        <translation>会話 %1 を未対応に戻しました。</translation>
    </message>
</context>
<context>
    <name>starling::cli::StatsCommand</name>
    <message>
        <source>Only the account &lt;A&gt;.</source>
        <translation>アカウント &lt;A&gt; のみ。</translation>
    </message>
    <message>
        <source>From &lt;DATE&gt; (default: 30 days ago).</source>
        <translation>&lt;DATE&gt; から（既定：30 日前）。</translation>
    </message>
    <message>
        <source>Up to &lt;DATE&gt;, not included (default: now).</source>
        <translation>&lt;DATE&gt; まで（その日は含みません。既定：現在）。</translation>
    </message>
    <message>
        <source>Response times and survey ratings</source>
        <translation>応答時間とアンケートの評価</translation>
    </message>
    <message>
        <source>Response times per account, and survey ratings.

A request begins with an inbound message that opens a conversation or follows a message of yours; your next message in that conversation answers it. First response time: how long each conversation&apos;s first request in the period waited. Response time: how long every request waited (median and 90th percentile). Requests count for the period in which they began. Survey ratings: the feedback survey&apos;s answers given in the period, as the Reports window shows them; --json adds them week by week with the response times.</source>
        <translation>アカウントごとの応答時間と、アンケートの評価です。

問い合わせは、会話を開始する受信メッセージ、またはあなたのメッセージに続く受信メッセージから始まり、その会話であなたが次に送ったメッセージがそれへの応答になります。初回応答時間：期間内の各会話の最初の問い合わせが待った時間。応答時間：すべての問い合わせが待った時間（中央値と 90 パーセンタイル）。問い合わせは、それが始まった期間に数えられます。アンケートの評価：期間内に寄せられた満足度アンケートの回答で、レポートウィンドウと同じ内容です。--json を指定すると、応答時間とともに週ごとの値も出力します。</translation>
    </message>
    <message>
        <source>stats takes no arguments, only options.</source>
        <translation>stats には引数を指定できません。オプションのみ指定できます。</translation>
    </message>
    <message>
        <source>--since must come before --until.</source>
        <translation>--since は --until より前にしてください。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of 5 on average, from %n rating(s).</source>
        <translation>
            <numerusform>平均 %1 / 5（%n 件の評価）。</numerusform>
        </translation>
    </message>
    <message>
        <source>No survey ratings are recorded yet.</source>
        <translation>アンケートの評価はまだ記録されていません。</translation>
    </message>
    <message>
        <source>Response times from %1 to %2</source>
        <translation>%1 から %2 までの応答時間</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>REQUESTS</source>
        <translation>問い合わせ</translation>
    </message>
    <message>
        <source>ANSWERED</source>
        <translation>応答済み</translation>
    </message>
    <message>
        <source>WAITING</source>
        <translation>応答待ち</translation>
    </message>
    <message>
        <source>FIRST RESPONSE (MEDIAN)</source>
        <translation>初回応答（中央値）</translation>
    </message>
    <message>
        <source>FIRST RESPONSE (MEAN)</source>
        <translation>初回応答（平均）</translation>
    </message>
    <message>
        <source>RESPONSE (MEDIAN)</source>
        <translation>応答（中央値）</translation>
    </message>
    <message>
        <source>RESPONSE (90%)</source>
        <translation>応答（90%）</translation>
    </message>
    <message>
        <source>Survey ratings: %1</source>
        <translation>アンケートの評価：%1</translation>
    </message>
</context>
<context>
    <name>starling::cli::SyncCommand</name>
    <message>
        <source>Only the account &lt;A&gt;.</source>
        <translation>アカウント &lt;A&gt; のみ。</translation>
    </message>
    <message>
        <source>Give up after &lt;seconds&gt; (default 600).</source>
        <translation>&lt;seconds&gt; 秒で打ち切ります（既定は 600）。</translation>
    </message>
    <message>
        <source>Fetch what is new, once</source>
        <translation>新着を 1 回取得する</translation>
    </message>
    <message>
        <source>Fetches what is new for every account (or one), once: direct messages and mentions, page by page, with progress on a terminal. Never sends: sending is the app&apos;s (or `send`&apos;s) job.</source>
        <translation>すべてのアカウント（または 1 つのアカウント）の新着を 1 回取得します：ダイレクトメッセージとメンションをページごとに取得し、端末には進行状況を表示します。送信は行いません。送信はアプリ（または `send`）の役割です。</translation>
    </message>
    <message>
        <source>sync takes no arguments, only options.</source>
        <translation>sync には引数を指定できません。オプションのみ指定できます。</translation>
    </message>
    <message>
        <source>%1 was removed from the app; its messages are kept, but it cannot sync.</source>
        <translation>%1 はアプリから削除されています。メッセージは残っていますが、同期はできません。</translation>
    </message>
    <message>
        <source>The sync did not finish in time.</source>
        <translation>同期が時間内に完了しませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>@%1: direct messages, page %2 (%n message(s))</source>
        <extracomment>Progress: %1 is the account&apos;s handle, %2 the page number, %n the messages so far</extracomment>
        <translation>
            <numerusform>@%1：ダイレクトメッセージ、%2 ページ目（メッセージ %n 件）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>@%1: mentions, page %2 (%n message(s))</source>
        <extracomment>Progress: %1 is the account&apos;s handle, %2 the page number, %n the messages so far</extracomment>
        <translation>
            <numerusform>@%1：メンション、%2 ページ目（メッセージ %n 件）</numerusform>
        </translation>
    </message>
    <message>
        <source>The system keychain did not answer in time.</source>
        <translation>システムのキーリングから時間内に応答がありませんでした。</translation>
    </message>
    <message>
        <source>Not signed in (or the keychain is locked): sign in again in the Starling app.</source>
        <translation>サインインしていません（またはキーリングがロックされています）。Starling アプリでもう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The network could not be reached, or refused.</source>
        <translation>ネットワークに接続できなかったか、接続を拒否されました。</translation>
    </message>
    <message>
        <source>Rate limited until %1.</source>
        <translation>%1 までレート制限中です。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new message(s).</source>
        <extracomment>%1 names the account, e.g. &quot;@shop on X&quot;; the next sentence tells how many were fetched</extracomment>
        <translation>
            <numerusform>%1：新着メッセージ %n 件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) fetched.</source>
        <translation>
            <numerusform>%n 件のメッセージを取得しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not synced. %2</source>
        <extracomment>%1 names the account, e.g. &quot;@shop on X&quot;; %2 is the reason, a whole sentence</extracomment>
        <translation>%1 は同期されませんでした。%2</translation>
    </message>
</context>
<context>
    <name>starling::cli::TeamCommand</name>
    <message>
        <source>init, join: read the password from standard input, without a prompt.</source>
        <translation>init、join：パスワードの入力を求めず、標準入力からパスワードを読み取ります。</translation>
    </message>
    <message>
        <source>Share one inbox with a team through its PostgreSQL database</source>
        <translation>チームの PostgreSQL データベースを通じて、1 つの受信箱をチームで共有</translation>
    </message>
    <message>
        <source>%1 takes no arguments.</source>
        <translation>%1 には引数を指定できません。</translation>
    </message>
    <message>
        <source>Name the team database: starling-cli team %1 postgres://user@host:5432/database</source>
        <translation>チームのデータベースを指定してください：starling-cli team %1 postgres://user@host:5432/database</translation>
    </message>
    <message>
        <source>Password of %1: </source>
        <translation>%1 のパスワード： </translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 に接続しています…</translation>
    </message>
    <message>
        <source>The system keychain did not answer in time.</source>
        <translation>システムのキーリングから時間内に応答がありませんでした。</translation>
    </message>
    <message>
        <source>The team inbox in %1 is ready, and this profile uses it as %2.</source>
        <translation>%1 のチームの受信箱の準備ができました。このプロファイルは %2 としてこの受信箱を使用します。</translation>
    </message>
    <message>
        <source>This profile now uses the team inbox in %1, as %2.</source>
        <translation>このプロファイルは %2 として %1 のチームの受信箱を使用するようになりました。</translation>
    </message>
    <message>
        <source>The password is in the system keychain. Add the team&apos;s social accounts in the app: the app of one agent per account syncs and sends it.</source>
        <translation>パスワードはシステムのキーリングに保管されています。チームのソーシャルアカウントはアプリで追加してください。アカウントごとに 1 人のエージェントのアプリが同期と送信を行います。</translation>
    </message>
    <message>
        <source>This profile is local: its inbox is in %1.</source>
        <translation>このプロファイルはローカルです。受信箱は %1 にあります。</translation>
    </message>
    <message>
        <source>Team workspace: %1</source>
        <translation>チームワークスペース：%1</translation>
    </message>
    <message>
        <source>You are: %1</source>
        <translation>あなた：%1</translation>
    </message>
    <message>
        <source>Database: PostgreSQL %1, Starling schema %2</source>
        <translation>データベース：PostgreSQL %1、Starling スキーマ %2</translation>
    </message>
    <message>
        <source>Agents online: none</source>
        <translation>オンラインのエージェント：なし</translation>
    </message>
    <message>
        <source>Agents online: %1</source>
        <translation>オンラインのエージェント：%1</translation>
    </message>
    <message>
        <source>%1: not synced now (no agent with its sign-in is online)</source>
        <translation>%1：現在は同期されていません（このアカウントのサインイン情報を持つエージェントがオンラインではありません）</translation>
    </message>
    <message>
        <source>%1: synced by %2</source>
        <translation>%1：%2 が同期しています</translation>
    </message>
    <message>
        <source>This profile is not a team workspace.</source>
        <translation>このプロファイルはチームワークスペースではありません。</translation>
    </message>
    <message>
        <source>The password could not be deleted from the system keychain: %1</source>
        <translation>システムのキーリングからパスワードを削除できませんでした：%1</translation>
    </message>
    <message>
        <source>it did not answer in time.</source>
        <translation>時間内に応答がありませんでした。</translation>
    </message>
    <message>
        <source>This profile is local again: its inbox is in %1. The team&apos;s inbox stays in %2.</source>
        <translation>このプロファイルはローカルに戻りました。受信箱は %1 にあります。チームの受信箱は %2 に残っています。</translation>
    </message>
    <message>
        <source>init|join &lt;postgres://user@host:port/database&gt; | status | leave | add-agent|remove-agent &lt;agent&gt; | grant|revoke &lt;agent&gt; &lt;account&gt;</source>
        <translation>init|join &lt;postgres://user@host:port/database&gt; | status | leave | add-agent|remove-agent &lt;agent&gt; | grant|revoke &lt;agent&gt; &lt;account&gt;</translation>
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
        <translation>チームワークスペースでは、プロファイルの受信箱を、プロファイル独自のファイルではなくチーム独自の PostgreSQL データベースに保存します。このデータベースは各エージェントの Starling が開きます。

  init URL   データベースに受信箱をセットアップ（または更新）してから参加します。データベースの管理者が 1 回だけ実行します。
  join URL   このプロファイルでチームの受信箱を使用します。データベースのパスワードを尋ね、システムのキーリングに保管します。アドレスはパスワードなしで保存されます。
  status     ワークスペース、現在接続しているエージェント、各アカウントを同期しているエージェントのアプリを表示します。
  leave      プロファイルをローカルに戻し（以前と同じ独自のファイル）、キーリングからパスワードを削除します。チームの受信箱はデータベースに残ります。

各エージェントは自分専用のロールでデータベースに接続し、自分が所属する受信箱（ソーシャルアカウント）だけを表示できます。連絡先、タグ、定型返信、ルールはチーム全体のものです。init を実行した人が管理します：
  add-agent NAME       接続用のロール NAME を新しいパスワードで作成し（パスワードは 1 回だけ表示されます。すでにあるロールは自身のパスワードをそのまま使います）、チームのデータベースを使用できるようにします。
  remove-agent NAME    NAME をチームとすべての受信箱から外します。
  grant NAME ACCOUNT   NAME が ACCOUNT（ハンドル、network:handle、または ID）の受信箱を表示して対応できるようにします。エージェントが追加したアカウントは、最初からそのエージェントのものです。
  revoke NAME ACCOUNT  grant の逆です。

チームワークスペースでは、アカウントごとに 1 人のエージェントのアプリが同期と送信を行うため、`sync`、`send`、`reply`、`post` は実行できません。閲覧と振り分けは通常どおり行えます。</translation>
    </message>
    <message>
        <source>What to do: init, join, status, leave, add-agent, remove-agent, grant or revoke.</source>
        <translation>実行する内容：init、join、status、leave、add-agent、remove-agent、grant、revoke のいずれか。</translation>
    </message>
    <message>
        <source>Unknown subcommand “%1”: init, join, status, leave, add-agent, remove-agent, grant or revoke.</source>
        <translation>不明なサブコマンド「%1」です。init、join、status、leave、add-agent、remove-agent、grant、revoke のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>  agents: none</source>
        <translation>  エージェント：なし</translation>
    </message>
    <message>
        <source>  agents: %1</source>
        <translation>  エージェント：%1</translation>
    </message>
    <message>
        <source>Name the agent and the account: starling-cli team %1 ana @shop</source>
        <translation>エージェントとアカウントを指定してください：starling-cli team %1 ana @shop</translation>
    </message>
    <message>
        <source>Name the agent: starling-cli team %1 ana</source>
        <translation>エージェントを指定してください：starling-cli team %1 ana</translation>
    </message>
    <message>
        <source>This profile is not a team workspace: join the team database as its administrator first (starling-cli team init URL).</source>
        <translation>このプロファイルはチームワークスペースではありません。先に管理者としてチームのデータベースに参加してください（starling-cli team init URL）。</translation>
    </message>
    <message>
        <source>The role %1 is an agent of the team now, with the password it has. It joins with: starling-cli team join %2</source>
        <translation>ロール %1 は、既存のパスワードのままチームのエージェントになりました。参加するには：starling-cli team join %2</translation>
    </message>
    <message>
        <source>%1 is an agent of the team now. Give them this password, which is not shown again: %2</source>
        <translation>%1 がチームのエージェントになりました。このパスワードを本人に伝えてください（再表示されません）：%2</translation>
    </message>
    <message>
        <source>They join with: starling-cli team join %1 (or starling --team %1)</source>
        <translation>参加するには：starling-cli team join %1（または starling --team %1）</translation>
    </message>
    <message>
        <source>Grant them inboxes with: starling-cli team grant %1 ACCOUNT</source>
        <translation>受信箱へのアクセス権を付与するには：starling-cli team grant %1 ACCOUNT</translation>
    </message>
    <message>
        <source>%1 is no longer an agent of the team, and belongs to no inbox.</source>
        <translation>%1 はチームのエージェントではなくなり、どの受信箱にも所属していません。</translation>
    </message>
    <message>
        <source>%1 now sees and works the inbox of %2.</source>
        <translation>%1 は %2 の受信箱を表示して対応できるようになりました。</translation>
    </message>
    <message>
        <source>%1 no longer sees the inbox of %2.</source>
        <translation>%1 は %2 の受信箱を表示できなくなりました。</translation>
    </message>
</context>
<context>
    <name>starling::contacts::ContactCsvReader</name>
    <message>
        <source>The file is empty; a contacts CSV starts with a header row.</source>
        <translation>ファイルが空です。連絡先の CSV はヘッダー行で始まります。</translation>
    </message>
    <message>
        <source>The header row is longer than 1 MiB; this is not a contacts CSV.</source>
        <translation>ヘッダー行が 1 MiB を超えています。連絡先の CSV ではありません。</translation>
    </message>
    <message>
        <source>The header row has a quoted column name that is never closed.</source>
        <translation>ヘッダー行に、引用符が閉じられていない列名があります。</translation>
    </message>
    <message>
        <source>The header row has more than %1 columns.</source>
        <translation>ヘッダー行の列数が %1 を超えています。</translation>
    </message>
    <message>
        <source>The header row is not valid UTF-8 text (save the file as UTF-8).</source>
        <translation>ヘッダー行が有効な UTF-8 テキストではありません（ファイルを UTF-8 で保存してください）。</translation>
    </message>
    <message>
        <source>Column %1 of the header row has no name.</source>
        <translation>ヘッダー行の %1 列目に名前がありません。</translation>
    </message>
    <message>
        <source>The column “%1” names no custom field; write it as custom:&lt;field&gt;.</source>
        <translation>列「%1」にカスタムフィールド名がありません。custom:&lt;field&gt; の形式で記述してください。</translation>
    </message>
    <message>
        <source>The column “%1” is not a contacts column. The columns are %2, and custom:&lt;field&gt; for your own fields.</source>
        <translation>列「%1」は連絡先の列ではありません。使用できる列は %2、および独自のフィールド用の custom:&lt;field&gt; です。</translation>
    </message>
    <message>
        <source>The column “%1” appears more than once.</source>
        <translation>列「%1」が複数回出現しています。</translation>
    </message>
    <message>
        <source>The header row has no “name” column; without one, it needs an “email” or a “handles” column.</source>
        <translation>ヘッダー行に「name」列がありません。name 列がない場合は「email」列か「handles」列が必要です。</translation>
    </message>
    <message>
        <source>Line %1 is longer than 1 MiB; it was skipped.</source>
        <translation>%1 行目が 1 MiB を超えているため、スキップしました。</translation>
    </message>
    <message>
        <source>Line %1 has a quoted field that is never closed.</source>
        <translation>%1 行目に、引用符が閉じられていないフィールドがあります。</translation>
    </message>
    <message>
        <source>Line %1 does not have as many fields as the header row (%2 instead of %3).</source>
        <translation>%1 行目のフィールド数がヘッダー行と一致しません（%3 ではなく %2）。</translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-8 text (save the file as UTF-8).</source>
        <translation>%1 行目が有効な UTF-8 テキストではありません（ファイルを UTF-8 で保存してください）。</translation>
    </message>
    <message>
        <source>Line %1: the field “%2” is longer than 10,000 characters.</source>
        <translation>%1 行目：フィールド「%2」が 10,000 文字を超えています。</translation>
    </message>
    <message>
        <source>Line %1: the field “%2” contains control characters.</source>
        <translation>%1 行目：フィールド「%2」に制御文字が含まれています。</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a handle; write it as network:handle, where the network is x, mastodon or bluesky.</source>
        <translation>%1 行目：「%2」はハンドルではありません。network:handle の形式で記述してください（network は x、mastodon、bluesky のいずれか）。</translation>
    </message>
    <message>
        <source>Line %1 has no name, email or handle.</source>
        <translation>%1 行目に名前、メール、ハンドルのいずれもありません。</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not an email address.</source>
        <translation>%1 行目：「%2」はメールアドレスではありません。</translation>
    </message>
</context>
<context>
    <name>starling::contacts::ContactCsvWriter</name>
    <message>
        <source>Could not write the contacts file: %1</source>
        <translation>連絡先ファイルを書き込めませんでした：%1</translation>
    </message>
</context>
<context>
    <name>starling::contacts::ContactTransfer</name>
    <message>
        <source>“%1” is not a network:handle.</source>
        <translation>「%1」は network:handle の形式ではありません。</translation>
    </message>
    <message>
        <source>The file cannot be read from its start.</source>
        <translation>ファイルを先頭から読み込めません。</translation>
    </message>
    <message>
        <source>Line %1: there is no stage “%2” in the pipeline (%3).</source>
        <translation>%1 行目：パイプラインにステージ「%2」はありません（%3）。</translation>
    </message>
    <message>
        <source>Other handles</source>
        <translation>その他のハンドル</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>%1 行目：%2</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have problems.</source>
        <translation>
            <numerusform>何もインポートしませんでした。%n 行に問題があります。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>starling::contacts::LinkSuggester</name>
    <message>
        <source>@%1 on X</source>
        <translation>X の @%1</translation>
    </message>
    <message>
        <source>The same account, %1, seen by two of your accounts.</source>
        <translation>あなたの 2 つのアカウントで、同じアカウント %1 が見つかりました。</translation>
    </message>
    <message>
        <source>%1&apos;s profile links to %2.</source>
        <translation>%1 のプロフィールに %2 へのリンクがあります。</translation>
    </message>
    <message>
        <source>%1 and %2 both link to %3.</source>
        <translation>%1 と %2 はどちらも %3 にリンクしています。</translation>
    </message>
    <message>
        <source>Both are called “%1”, and %2 mentions %3.</source>
        <translation>どちらも名前が「%1」で、%2 が %3 にメンションしています。</translation>
    </message>
</context>
<context>
    <name>starling::contacts::TimelineText</name>
    <message>
        <source>You (@%1) on %2</source>
        <translation>%2 のあなた（@%1）</translation>
    </message>
    <message>
        <source>@%1 on %2</source>
        <translation>%2 の @%1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Note by %1</source>
        <translation>%1 のメモ</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>ステージ：%1</translation>
    </message>
    <message>
        <source>Stage: %1, by %2</source>
        <translation>ステージ：%1（変更者：%2）</translation>
    </message>
    <message>
        <source>Rated the support %1 of 5</source>
        <translation>サポートを 5 段階中 %1 と評価</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>ルール：%1</translation>
    </message>
</context>
<context>
    <name>starling::contacts::VCardWriter</name>
    <message>
        <source>Unnamed contact</source>
        <translation>名前のない連絡先</translation>
    </message>
    <message>
        <source>Could not write the vCard file: %1</source>
        <translation>vCard ファイルを書き込めませんでした：%1</translation>
    </message>
</context>
<context>
    <name>starling::team</name>
    <message>
        <source>%1 holds no Starling inbox for this version yet. Whoever administers the database sets it up with: starling-cli team init %1</source>
        <translation>%1 には、このバージョン用の Starling の受信箱がまだありません。データベースの管理者が次のコマンドでセットアップしてください：starling-cli team init %1</translation>
    </message>
    <message>
        <source>The team database could not be asked: %1</source>
        <translation>チームのデータベースに問い合わせできませんでした：%1</translation>
    </message>
    <message>
        <source>This profile is already the team workspace %1. Leave it first (starling-cli team leave), or use another profile (--profile).</source>
        <translation>このプロファイルはすでにチームワークスペース %1 です。先にワークスペースから離脱する（starling-cli team leave）か、別のプロファイル（--profile）を使用してください。</translation>
    </message>
    <message>
        <source>This database holds no team inbox of this version yet: set it up first with starling-cli team init.</source>
        <translation>このデータベースには、このバージョン用のチームの受信箱がまだありません。先に starling-cli team init でセットアップしてください。</translation>
    </message>
    <message>
        <source>“%1” is not a valid agent name: use letters, digits and . _ @ - (at most 63), not starting with pg_.</source>
        <translation>「%1」はエージェント名として無効です。文字、数字、. _ @ - を使い（63 文字以内）、pg_ で始まらない名前にしてください。</translation>
    </message>
    <message>
        <source>The team database holds no account %1 that you may see.</source>
        <translation>チームのデータベースには、あなたが表示できるアカウント %1 がありません。</translation>
    </message>
    <message>
        <source>%1 is not an agent of this team.</source>
        <translation>%1 はこのチームのエージェントではありません。</translation>
    </message>
    <message>
        <source>%1 is not an agent of this team yet: starling-cli team add-agent %1</source>
        <translation>%1 はまだこのチームのエージェントではありません：starling-cli team add-agent %1</translation>
    </message>
    <message>
        <source>%1 does not belong to that inbox.</source>
        <translation>%1 はその受信箱に所属していません。</translation>
    </message>
</context>
</TS>
