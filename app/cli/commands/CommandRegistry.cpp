// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandRegistry.h"

#include "AccountsCommand.h"
#include "ContactsCommand.h"
#include "CountCommand.h"
#include "ExportCommand.h"
#include "InboxCommand.h"
#include "PostCommand.h"
#include "ReplyCommand.h"
#include "SearchCommand.h"
#include "SendCommand.h"
#include "ShowCommand.h"
#include "StateCommand.h"
#include "StatsCommand.h"
#include "SyncCommand.h"
#include "TeamCommand.h"

namespace starling::cli {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> all;
    all.push_back(std::make_unique<AccountsCommand>());
    all.push_back(std::make_unique<SyncCommand>());
    all.push_back(std::make_unique<InboxCommand>());
    all.push_back(std::make_unique<ShowCommand>());
    all.push_back(std::make_unique<SearchCommand>());
    all.push_back(std::make_unique<SendCommand>());
    all.push_back(std::make_unique<ReplyCommand>());
    all.push_back(std::make_unique<PostCommand>());
    all.push_back(std::make_unique<StateCommand>(Conversation::State::Done));
    all.push_back(std::make_unique<StateCommand>(Conversation::State::Open));
    all.push_back(std::make_unique<ContactsCommand>());
    all.push_back(std::make_unique<StatsCommand>());
    all.push_back(std::make_unique<ExportCommand>());
    all.push_back(std::make_unique<CountCommand>());
    all.push_back(std::make_unique<TeamCommand>());
    return all;
}

} // namespace starling::cli
