// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/AccountState.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace starling {

struct Account;
struct ConversationSummary;
struct Identity;
struct Message;

namespace cli {

/**
 * The JSON shapes of --json output, shared by the commands so that a conversation or a message
 * looks the same wherever it appears. Keys are camelCase; times are ISO 8601 UTC; enums use the
 * same keys as the export (Conversation::kindKey() and friends); message ids are strings, as
 * 64-bit ids must be for JavaScript and jq.
 */
namespace json {

QJsonObject account(const Account &account);
/** "signed-in" is not an AccountState: the CLI says so when the keychain holds a sign-in. */
QString stateKey(AccountState state);
QJsonObject person(const Identity &identity);
QJsonObject conversation(const ConversationSummary &summary, const QList<Account> &accounts);
/** @p authors are looked up by the message's author id. */
QJsonObject message(const Message &message, const QList<Identity> &authors);

} // namespace json
} // namespace cli
} // namespace starling
