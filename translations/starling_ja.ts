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
</context>
<context>
    <name>starling::MainWindow</name>
    <message>
        <source>Starling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages yet: add an account, or try the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: %1</source>
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
</TS>
