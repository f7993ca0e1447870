// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactsCommand.h"

#include "cli/CliContext.h"
#include "contacts/ContactTransfer.h"
#include "contacts/TimelineText.h"
#include "store/ContactRepository.h"
#include "store/Database.h"
#include "store/Store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace starling::cli {

namespace {

constexpr auto writeTimeout = std::chrono::minutes(5);

/** Runs @p job on the store's writer and waits for it; an error when it failed or did not answer. */
template<typename T>
Result<T> write(Context &context, const char *name, StoreWriter::Update<T> job)
{
    auto store = context.store();
    if (!store)
        return store.error();
    auto done = context.wait(store.value()->update<T>(name, std::move(job)), writeTimeout);
    if (!done)
        return Error(Error::Code::Storage, QCoreApplication::translate("starling::cli::ContactsCommand",
                                                                       "The local database did not answer in time."));
    return *done;
}

QJsonObject contactJson(const Contact &c)
{
    QJsonObject custom;
    for (auto it = c.customFields.begin(); it != c.customFields.end(); ++it)
        custom.insert(it.key(), it.value());
    return {{u"id"_s, c.id},
            {u"name"_s, c.displayName},
            {u"company"_s, c.company},
            {u"email"_s, c.email},
            {u"phone"_s, c.phone},
            {u"website"_s, c.website},
            {u"location"_s, c.location},
            {u"custom"_s, custom},
            {u"tags"_s, QJsonArray::fromStringList(c.tags)},
            {u"stage"_s, c.stage.isEmpty() ? QJsonValue() : QJsonValue(c.stage)},
            {u"stage_reached_at"_s, Format::isoTime(c.stageReachedAt)},
            {u"owner"_s, c.owner},
            {u"created_at"_s, Format::isoTime(c.createdAt)},
            {u"updated_at"_s, Format::isoTime(c.updatedAt)}};
}

QString timelineKindKey(TimelineEntry::Kind kind)
{
    switch (kind) {
    case TimelineEntry::Kind::Message:
        return u"message"_s;
    case TimelineEntry::Kind::Note:
        return u"note"_s;
    case TimelineEntry::Kind::StageChange:
        return u"stage"_s;
    case TimelineEntry::Kind::SurveyRating:
        return u"rating"_s;
    case TimelineEntry::Kind::Automation:
        return u"automation"_s;
    }
    return {};
}

/** The contact ids in @p arguments; a usage error (returned through @p exitCode) otherwise. */
std::optional<QList<qint64>> contactIds(CommandLine &commandLine, const QStringList &arguments, int *exitCode)
{
    QList<qint64> ids;
    for (const QString &a : arguments) {
        const std::optional<qint64> id = parseId(a);
        if (!id) {
            *exitCode = commandLine.usageError(
                QCoreApplication::translate("starling::cli::ContactsCommand",
                                            "“%1” is not a contact id (a whole number from 1 up).")
                    .arg(a));
            return std::nullopt;
        }
        ids.append(*id);
    }
    return ids;
}

/** The identity "x:@ana" or an identity id (as `contacts show` lists them) names. */
Result<qint64> resolveIdentity(Database &db, const QString &text)
{
    if (const std::optional<qint64> id = parseId(text))
        return *id;
    const qsizetype colon = text.indexOf(u':');
    const std::optional<Network> network = colon > 0 ? networkFromKey(text.left(colon).toLower()) : std::nullopt;
    if (!network)
        return Error(Error::Code::InvalidInput,
                     QCoreApplication::translate("starling::cli::ContactsCommand",
                                                 "“%1” names no one: write network:handle (x:@ana, "
                                                 "mastodon:@ana@example.social, bluesky:@ana.bsky.social) or an "
                                                 "identity id from `contacts show`.")
                         .arg(text));
    return ContactRepository(db).findIdentity(*network, text.mid(colon + 1));
}

} // namespace

ContactsCommand::ContactsCommand()
    : m_stage(u"stage"_s, tr("list: only people in stage <S>."), u"S"_s)
    , m_noStage(u"no-stage"_s, tr("list: only people in no stage. stage: take people out of their stage."))
    , m_tag(u"tag"_s, tr("list: only people tagged <T>."), u"T"_s)
    , m_network(u"network"_s, tr("list: only people on <N> (x, mastodon or bluesky)."), u"N"_s)
    , m_search(u"search"_s, tr("list: only people whose name, company, e-mail or handle holds <W>."), u"W"_s)
    , m_sort(u"sort"_s, tr("list: name (the default), last (newest contact first), stage or created."), u"S"_s)
    , m_limit(u"limit"_s, tr("list, show: at most <N> rows (default 50)."), u"N"_s)
    , m_remove(u"remove"_s, tr("tag: remove the tag instead of adding it."))
    , m_merge(u"merge"_s, tr("link: merge contact <C> into this one: identities, fields, tags, notes, history."),
              u"C"_s)
    , m_author(u"author"_s, tr("note, stage: who wrote it (default: you)."), u"NAME"_s)
    , m_format(u"format"_s, tr("export: csv (the default) or vcard."), u"F"_s)
    , m_dryRun(u"dry-run"_s, tr("import: check the file and show what would be imported; write nothing."))
{
}

QString ContactsCommand::name() const
{
    return u"contacts"_s;
}

QString ContactsCommand::summary() const
{
    return tr("People across networks: list, show, link, stages, tags, notes, import and export");
}

QString ContactsCommand::synopsis() const
{
    return u"list|show|link|unlink|stage|tag|note|export|import [arguments] [options]"_s;
}

QString ContactsCommand::description() const
{
    return tr("Everyone you talk to is a contact: one person with their identities on every network.\n\n"
              "  list                          the people, with --stage, --no-stage, --tag, --network, "
              "--search, --sort, --limit\n"
              "  show CONTACT                  fields, identities and the newest of the timeline\n"
              "  link CONTACT IDENTITY…        link identities (x:@ana, or an id from show) to the contact;\n"
              "  link CONTACT --merge OTHER    or merge a whole other contact into it\n"
              "  unlink IDENTITY               split an identity off into a contact of its own\n"
              "  stage                         the pipeline, with how many people are in each stage\n"
              "  stage STAGE CONTACT…          move people to a stage (--no-stage: out of any)\n"
              "  tag TAG CONTACT…              tag people (--remove: untag them)\n"
              "  note CONTACT TEXT             add a note to the person's timeline\n"
              "  export [FILE]                 every contact as CSV (or --format vcard); standard output "
              "without FILE\n"
              "  import FILE                   contacts from CSV: all rows or, if any row is bad, none "
              "(--dry-run: check only)\n\n"
              "The CSV columns: name, company, email, phone, website, location, stage, owner, tags, handles, "
              "note, and custom:<field> for your own fields. Cells a spreadsheet would run as a formula are "
              "written with a leading apostrophe.");
}

void ContactsCommand::addOptions(CommandLine &commandLine) const
{
    commandLine.addPositional(u"subcommand"_s, tr("What to do: list, show, link, unlink, stage, tag, note, export or "
                                                  "import."));
    for (const auto *o : {&m_stage, &m_noStage, &m_tag, &m_network, &m_search, &m_sort, &m_limit, &m_remove, &m_merge,
                          &m_author, &m_format, &m_dryRun})
        commandLine.addOption(*o);
}

int ContactsCommand::run(Context &context, CommandLine &commandLine) const
{
    QStringList arguments = commandLine.parser().positionalArguments();
    const QString sub = arguments.isEmpty() ? u"list"_s : arguments.takeFirst();
    if (sub == u"list") {
        if (!arguments.isEmpty())
            return commandLine.usageError(tr("list takes options only."));
        return list(context, commandLine);
    }
    if (sub == u"show")
        return show(context, commandLine, arguments);
    if (sub == u"link")
        return link(context, commandLine, arguments);
    if (sub == u"unlink")
        return unlink(context, commandLine, arguments);
    if (sub == u"stage")
        return stage(context, commandLine, arguments);
    if (sub == u"tag")
        return tag(context, commandLine, arguments);
    if (sub == u"note")
        return note(context, commandLine, arguments);
    if (sub == u"export")
        return exportContacts(context, commandLine, arguments);
    if (sub == u"import")
        return importContacts(context, commandLine, arguments);
    return commandLine.usageError(tr("Unknown subcommand “%1”: list, show, link, unlink, stage, tag, note, export or "
                                     "import.")
                                      .arg(sub));
}

int ContactsCommand::list(Context &context, CommandLine &commandLine) const
{
    const QCommandLineParser &p = commandLine.parser();
    ContactFilter filter;
    int exitCode = 0;
    const auto limit = commandLine.number(m_limit, 50, 1, maxListLimit, &exitCode);
    if (!limit)
        return exitCode;
    filter.limit = *limit;
    filter.stage = p.value(m_stage);
    filter.withoutStage = p.isSet(m_noStage);
    filter.tag = p.value(m_tag);
    filter.search = p.value(m_search);
    if (p.isSet(m_network)) {
        filter.network = networkFromKey(p.value(m_network).toLower());
        if (!filter.network)
            return commandLine.usageError(tr("--network is x, mastodon or bluesky, not “%1”.").arg(p.value(m_network)));
    }
    const QString sort = p.isSet(m_sort) ? p.value(m_sort) : u"name"_s;
    if (sort == u"name")
        filter.sort = ContactFilter::Sort::Name;
    else if (sort == u"last")
        filter.sort = ContactFilter::Sort::LastContact;
    else if (sort == u"stage")
        filter.sort = ContactFilter::Sort::Stage;
    else if (sort == u"created")
        filter.sort = ContactFilter::Sort::Created;
    else
        return commandLine.usageError(tr("--sort is name, last, stage or created, not “%1”.").arg(sort));
    auto db = context.reader();
    if (!db)
        return context.fail(db.error());
    ContactRepository repository(*db.value());
    auto rows = repository.list(filter);
    if (!rows)
        return context.fail(rows.error());
    Output &out = context.output();
    if (out.json()) {
        QJsonArray array;
        for (const ContactRow &row : rows.value()) {
            QJsonObject o = contactJson(row.contact);
            QJsonArray networks;
            for (Network n : row.networks)
                networks.append(networkKey(n));
            o.insert(u"networks"_s, networks);
            o.insert(u"last_contact"_s, Format::isoTime(row.lastContact));
            array.append(o);
        }
        out.document(QJsonObject{{u"contacts"_s, array}});
        return int(ExitCode::Ok);
    }
    if (rows->isEmpty()) {
        out.line(tr("No contacts match."));
        return int(ExitCode::Ok);
    }
    Table table({tr("ID"), tr("NAME"), tr("STAGE"), tr("NETWORKS"), tr("LAST CONTACT"), tr("TAGS")},
                {Table::Align::Right});
    for (const ContactRow &row : rows.value()) {
        QStringList networks;
        for (Network n : row.networks)
            networks.append(networkDisplayName(n));
        table.addRow({QString::number(row.contact.id), Format::printable(row.contact.displayName),
                      Format::printable(row.contact.stage), networks.join(u", "_s),
                      row.lastContact.isValid() ? Format::relativeTime(row.lastContact) : u"-"_s,
                      Format::printable(row.contact.tags.join(u", "_s))});
    }
    for (const QString &line : table.lines(out.terminalWidth()))
        out.styledLine(line);
    return int(ExitCode::Ok);
}

int ContactsCommand::show(Context &context, CommandLine &commandLine, const QStringList &arguments) const
{
    int exitCode = 0;
    const auto ids = contactIds(commandLine, arguments, &exitCode);
    if (!ids)
        return exitCode;
    if (ids->size() != 1)
        return commandLine.usageError(tr("show needs exactly one contact id."));
    const auto limit = commandLine.number(m_limit, 50, 1, 500, &exitCode);
    if (!limit)
        return exitCode;
    auto db = context.reader();
    if (!db)
        return context.fail(db.error());
    ContactRepository repository(*db.value());
    const qint64 id = ids->constFirst();
    auto contact = repository.contact(id);
    if (!contact)
        return context.fail(contact.error());
    if (!contact.value())
        return context.fail(ExitCode::NotFound, tr("There is no contact %1.").arg(id));
    auto identities = repository.identities(id);
    auto timeline = repository.timeline(id, std::nullopt, *limit);
    auto privateNote = repository.contactNote(id);
    if (!identities || !timeline || !privateNote)
        return context.fail(!identities ? identities.error() : !timeline ? timeline.error() : privateNote.error());
    const Contact &c = *contact.value();
    Output &out = context.output();
    if (out.json()) {
        QJsonObject o = contactJson(c);
        o.insert(u"note"_s, privateNote.value());
        QJsonArray identityArray;
        for (const ContactIdentity &i : identities.value())
            identityArray.append(QJsonObject{{u"id"_s, i.identity.id},
                                             {u"network"_s, networkKey(i.network)},
                                             {u"handle"_s, i.identity.handle},
                                             {u"name"_s, i.identity.displayName},
                                             {u"account"_s, i.accountHandle},
                                             {u"last_activity"_s, Format::isoTime(i.lastActivity)}});
        o.insert(u"identities"_s, identityArray);
        QJsonArray events;
        for (const TimelineEntry &e : timeline.value()) {
            QJsonObject event{{u"kind"_s, timelineKindKey(e.kind)},
                              {u"id"_s, QString::number(e.id)},
                              {u"at"_s, Format::isoTime(e.at)},
                              {u"text"_s, e.text}};
            if (e.kind == TimelineEntry::Kind::Message) {
                event.insert(u"network"_s, networkKey(e.network));
                event.insert(u"direction"_s, e.outbound ? u"out"_s : u"in"_s);
                event.insert(u"handle"_s, e.handle);
            }
            if (e.conversationId != 0)
                event.insert(u"conversation"_s, e.conversationId);
            if (!e.author.isEmpty())
                event.insert(u"author"_s, e.author);
            if (e.kind == TimelineEntry::Kind::SurveyRating)
                event.insert(u"rating"_s, e.rating);
            events.append(event);
        }
        o.insert(u"timeline"_s, events);
        out.document(o);
        return int(ExitCode::Ok);
    }
    out.line(Format::printable(c.displayName));
    const auto field = [&](const QString &label, const QString &value) {
        if (!value.isEmpty())
            out.line(u"  "_s + label + u": "_s + Format::printable(value));
    };
    field(tr("Company"), c.company);
    field(tr("E-mail"), c.email);
    field(tr("Phone"), c.phone);
    field(tr("Website"), c.website);
    field(tr("Location"), c.location);
    field(tr("Owner"), c.owner);
    if (!c.stage.isEmpty())
        field(tr("Stage"), tr("%1 (since %2)").arg(c.stage, Format::localTime(c.stageReachedAt)));
    field(tr("Tags"), c.tags.join(u", "_s));
    for (auto it = c.customFields.begin(); it != c.customFields.end(); ++it)
        field(it.key(), it.value());
    field(tr("Note"), Format::oneLine(privateNote.value(), 200));
    out.line();
    out.line(tr("Identities:"));
    for (const ContactIdentity &i : identities.value())
        out.line(tr("  %1  @%2 on %3, with %4")
                     .arg(QString::number(i.identity.id), Format::printable(i.identity.handle),
                          networkDisplayName(i.network), Format::printable(i.accountHandle)));
    out.line();
    out.line(tr("Timeline:"));
    for (const TimelineEntry &e : timeline.value()) {
        QString what = contacts::TimelineText::headline(e);
        if (contacts::TimelineText::hasBody(e))
            what = tr("%1: %2").arg(what, Format::oneLine(e.text, 100));
        out.line(u"  "_s + Format::localTime(e.at) + u"  "_s + Format::printable(what));
    }
    return int(ExitCode::Ok);
}

int ContactsCommand::link(Context &context, CommandLine &commandLine, const QStringList &arguments) const
{
    if (arguments.isEmpty())
        return commandLine.usageError(tr("link needs a contact id, then identities or --merge OTHER."));
    int exitCode = 0;
    const auto target = contactIds(commandLine, arguments.mid(0, 1), &exitCode);
    if (!target)
        return exitCode;
    const qint64 contact = target->constFirst();
    const QStringList rest = arguments.mid(1);
    const bool merging = commandLine.parser().isSet(m_merge);
    if (merging == !rest.isEmpty())
        return commandLine.usageError(tr("link takes identities, or --merge OTHER, but not both."));
    Output &out = context.output();
    if (merging) {
        const auto other = contactIds(commandLine, {commandLine.parser().value(m_merge)}, &exitCode);
        if (!other)
            return exitCode;
        const qint64 from = other->constFirst();
        auto merged =
            write<ChangeSet>(context, "merge contacts", [contact, from](Database &writer, ChangeSet &changes) {
                auto r = ContactRepository(writer).merge(contact, from);
                if (r)
                    changes.merge(r.value());
                return r;
            });
        if (!merged)
            return context.fail(merged.error());
        if (out.json())
            out.document(QJsonObject{{u"contact"_s, contact}, {u"merged"_s, from}});
        else
            out.line(tr("Contact %1 is now part of contact %2.").arg(from).arg(contact));
        return int(ExitCode::Ok);
    }
    auto db = context.reader();
    if (!db)
        return context.fail(db.error());
    QList<qint64> identities;
    for (const QString &text : rest) {
        auto identity = resolveIdentity(*db.value(), text);
        if (!identity)
            return context.fail(identity.error());
        identities.append(identity.value());
    }
    auto linked =
        write<ChangeSet>(context, "link identities", [contact, identities](Database &writer, ChangeSet &changes) {
            ContactRepository repository(writer);
            for (qint64 identity : identities) {
                auto r = repository.link(contact, identity);
                if (!r)
                    return r;
                changes.merge(r.value());
            }
            return Result<ChangeSet>(changes);
        });
    if (!linked)
        return context.fail(linked.error());
    if (out.json()) {
        QJsonArray array;
        for (qint64 id : std::as_const(identities))
            array.append(id);
        out.document(QJsonObject{{u"contact"_s, contact}, {u"identities"_s, array}});
    } else {
        out.line(tr("Linked %n identity(s) to contact %1.", nullptr, int(identities.size())).arg(contact));
    }
    return int(ExitCode::Ok);
}

int ContactsCommand::unlink(Context &context, CommandLine &commandLine, const QStringList &arguments) const
{
    if (arguments.size() != 1)
        return commandLine.usageError(tr("unlink needs exactly one identity (x:@ana, or an id from show)."));
    auto db = context.reader();
    if (!db)
        return context.fail(db.error());
    auto identity = resolveIdentity(*db.value(), arguments.constFirst());
    if (!identity)
        return context.fail(identity.error());
    const qint64 id = identity.value();
    auto made = write<qint64>(context, "split an identity off", [id](Database &writer, ChangeSet &changes) {
        auto r = ContactRepository(writer).unlink(id, QDateTime::currentDateTimeUtc());
        changes.contactsChanged = r.ok();
        return r;
    });
    if (!made)
        return context.fail(made.error());
    Output &out = context.output();
    if (out.json())
        out.document(QJsonObject{{u"identity"_s, id}, {u"contact"_s, made.value()}});
    else
        out.line(tr("Identity %1 is now contact %2 of its own.").arg(id).arg(made.value()));
    return int(ExitCode::Ok);
}

int ContactsCommand::stage(Context &context, CommandLine &commandLine, const QStringList &arguments) const
{
    Output &out = context.output();
    const bool none = commandLine.parser().isSet(m_noStage);
    if (arguments.isEmpty() && !none) {
        auto db = context.reader();
        if (!db)
            return context.fail(db.error());
        auto stages = ContactRepository(*db.value()).pipeline();
        if (!stages)
            return context.fail(stages.error());
        if (out.json()) {
            QJsonArray array;
            for (const PipelineStage &s : stages.value())
                array.append(QJsonObject{{u"name"_s, s.name}, {u"people"_s, s.contactCount}});
            out.document(QJsonObject{{u"stages"_s, array}});
        } else {
            Table table({tr("STAGE"), tr("PEOPLE")}, {Table::Align::Left, Table::Align::Right});
            for (const PipelineStage &s : stages.value())
                table.addRow({Format::printable(s.name), QString::number(s.contactCount)});
            for (const QString &line : table.lines(out.terminalWidth()))
                out.styledLine(line);
        }
        return int(ExitCode::Ok);
    }
    const QString stageName = none ? QString() : arguments.constFirst();
    int exitCode = 0;
    const auto ids = contactIds(commandLine, none ? arguments : arguments.mid(1), &exitCode);
    if (!ids)
        return exitCode;
    if (ids->isEmpty())
        return commandLine.usageError(tr("Which contacts? For example: starling-cli contacts stage Customer 12"));
    const QString author = commandLine.parser().value(m_author);
    const QList<qint64> list = *ids;
    auto moved = write<ChangeSet>(
        context, "move contacts to a stage", [list, stageName, author](Database &writer, ChangeSet &changes) {
            auto r = ContactRepository(writer).setStage(list, stageName, author, QDateTime::currentDateTimeUtc());
            if (r)
                changes.merge(r.value());
            return r;
        });
    if (!moved)
        return context.fail(moved.error());
    if (out.json())
        out.document(QJsonObject{{u"stage"_s, none ? QJsonValue() : QJsonValue(stageName)},
                                 {u"contacts"_s, qsizetype(list.size())}});
    else if (none)
        out.line(tr("%n contact(s) are in no stage now.", nullptr, int(list.size())));
    else
        out.line(tr("%n contact(s) are in stage %1 now.", nullptr, int(list.size())).arg(stageName));
    return int(ExitCode::Ok);
}

int ContactsCommand::tag(Context &context, CommandLine &commandLine, const QStringList &arguments) const
{
    if (arguments.size() < 2)
        return commandLine.usageError(tr("tag needs a tag, then contact ids: starling-cli contacts tag vip 12 14"));
    int exitCode = 0;
    const auto ids = contactIds(commandLine, arguments.mid(1), &exitCode);
    if (!ids)
        return exitCode;
    const QString tagName = arguments.constFirst();
    const bool remove = commandLine.parser().isSet(m_remove);
    const QList<qint64> list = *ids;
    auto done =
        write<ChangeSet>(context, "tag contacts", [list, tagName, remove](Database &writer, ChangeSet &changes) {
            ContactRepository repository(writer);
            auto r = remove ? repository.removeTag(list, tagName) : repository.addTag(list, tagName);
            if (r)
                changes.merge(r.value());
            return r;
        });
    if (!done)
        return context.fail(done.error());
    Output &out = context.output();
    if (out.json())
        out.document(QJsonObject{{u"tag"_s, tagName}, {remove ? u"removed"_s : u"added"_s, qsizetype(list.size())}});
    else
        out.line(remove ? tr("Removed the tag %1 from %n contact(s).", nullptr, int(list.size())).arg(tagName)
                        : tr("Tagged %n contact(s) %1.", nullptr, int(list.size())).arg(tagName));
    return int(ExitCode::Ok);
}

int ContactsCommand::note(Context &context, CommandLine &commandLine, const QStringList &arguments) const
{
    if (arguments.size() != 2)
        return commandLine.usageError(tr("note needs a contact id and the text, in quotes."));
    int exitCode = 0;
    const auto ids = contactIds(commandLine, arguments.mid(0, 1), &exitCode);
    if (!ids)
        return exitCode;
    const qint64 contact = ids->constFirst();
    const QString text = arguments.at(1);
    const QString author = commandLine.parser().value(m_author);
    auto made = write<qint64>(context, "keep a note", [contact, text, author](Database &writer, ChangeSet &changes) {
        auto r = ContactRepository(writer).addNote(contact, author, text, QDateTime::currentDateTimeUtc());
        changes.contactsChanged = r.ok();
        return r;
    });
    if (!made)
        return context.fail(made.error());
    Output &out = context.output();
    if (out.json())
        out.document(QJsonObject{{u"contact"_s, contact}, {u"note"_s, made.value()}});
    else
        out.line(tr("Noted on contact %1.").arg(contact));
    return int(ExitCode::Ok);
}

int ContactsCommand::exportContacts(Context &context, CommandLine &commandLine, const QStringList &arguments) const
{
    if (arguments.size() > 1)
        return commandLine.usageError(tr("export writes to one file, or to standard output without one."));
    const QString format = commandLine.parser().isSet(m_format) ? commandLine.parser().value(m_format) : u"csv"_s;
    if (format != u"csv" && format != u"vcard")
        return commandLine.usageError(tr("--format is csv or vcard, not “%1”.").arg(format));
    auto db = context.reader();
    if (!db)
        return context.fail(db.error());
    const auto exportTo = [&](QIODevice *device) {
        return format == u"csv" ? contacts::exportCsv(*db.value(), device) : contacts::exportVCard(*db.value(), device);
    };
    Result<qint64> written = qint64(0);
    if (arguments.isEmpty()) {
        QFile out;
        if (!out.open(::fileno(stdout), QIODevice::WriteOnly))
            return context.fail(ExitCode::Failure, tr("Standard output cannot be written: %1").arg(out.errorString()));
        written = exportTo(&out);
    } else {
        // All or nothing: the file appears only once it is whole.
        QSaveFile file(arguments.constFirst());
        if (!file.open(QIODevice::WriteOnly))
            return context.fail(ExitCode::Failure,
                                tr("%1 cannot be written: %2").arg(arguments.constFirst(), file.errorString()));
        written = exportTo(&file);
        if (written && !file.commit())
            return context.fail(ExitCode::Failure,
                                tr("%1 cannot be written: %2").arg(arguments.constFirst(), file.errorString()));
    }
    if (!written)
        return context.fail(written.error());
    if (!arguments.isEmpty() && context.json())
        context.output().document(QJsonObject{{u"file"_s, arguments.constFirst()}, {u"contacts"_s, written.value()}});
    else
        context.output().note(tr("Exported %n contact(s).", nullptr, int(written.value())));
    return int(ExitCode::Ok);
}

int ContactsCommand::importContacts(Context &context, CommandLine &commandLine, const QStringList &arguments) const
{
    if (arguments.size() != 1)
        return commandLine.usageError(tr("import needs the CSV file to read."));
    QFile file(arguments.constFirst());
    if (!file.open(QIODevice::ReadOnly))
        return context.fail(file.exists() ? ExitCode::Failure : ExitCode::NotFound,
                            tr("%1 cannot be read: %2").arg(arguments.constFirst(), file.errorString()));
    Output &out = context.output();
    if (commandLine.parser().isSet(m_dryRun)) {
        auto db = context.reader();
        if (!db)
            return context.fail(db.error());
        auto preview = contacts::previewImport(&file, *db.value());
        if (!preview)
            return context.fail(preview.error());
        if (out.json()) {
            QJsonArray problems;
            for (const contacts::CsvProblem &p : preview->problems)
                problems.append(QJsonObject{{u"line"_s, p.line}, {u"message"_s, p.message}});
            out.document(QJsonObject{{u"rows"_s, preview->rows},
                                     {u"problem_count"_s, preview->problemCount},
                                     {u"problems"_s, problems},
                                     {u"unknown_handles"_s, preview->unknownHandles}});
        } else {
            out.line(tr("%n row(s) can be imported.", nullptr, int(qMin<qint64>(preview->rows, INT_MAX))));
            for (const contacts::CsvProblem &p : preview->problems)
                out.line(Format::printable(p.message));
            if (preview->problemCount > preview->problems.size())
                out.line(tr("… and %n more problem(s).", nullptr,
                            int(qMin<qint64>(preview->problemCount - preview->problems.size(), INT_MAX))));
        }
        return preview->problemCount > 0 ? int(ExitCode::No) : int(ExitCode::Ok);
    }
    const QString path = arguments.constFirst();
    file.close();
    auto made =
        write<qint64>(context, "import contacts", [path](Database &writer, ChangeSet &changes) -> Result<qint64> {
            QFile in(path);
            if (!in.open(QIODevice::ReadOnly))
                return Error(Error::Code::NotFound, in.errorString());
            auto r = contacts::importContacts(&in, writer, QDateTime::currentDateTimeUtc());
            changes.contactsChanged = r.ok() && r.value() > 0;
            return r;
        });
    if (!made)
        return context.fail(made.error());
    if (out.json())
        out.document(QJsonObject{{u"imported"_s, made.value()}});
    else
        out.line(tr("Imported %n contact(s).", nullptr, int(qMin<qint64>(made.value(), INT_MAX))));
    return int(ExitCode::Ok);
}

} // namespace starling::cli
