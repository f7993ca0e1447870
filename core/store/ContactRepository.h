// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChangeSet.h"
#include "Result.h"
#include "domain/Contact.h"
#include "domain/Identity.h"
#include "domain/Network.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace starling {

class Database;

/** One of a contact's identities, with the network and the account that sees it. */
struct ContactIdentity
{
    Identity identity;
    Network network = Network::X;
    QString accountHandle; ///< our account that talks to them
    QString serverUrl; ///< our account's server (Mastodon), which completes a local handle
    QDateTime lastActivity; ///< the newest conversation with them on this identity; invalid when none
};

/** What the Contacts view and `contacts list` show: a stage, a tag, a network, a word, a time. */
struct ContactFilter
{
    QString search; ///< a word in the name, company, e-mail or a handle
    QString stage; ///< a stage's name; empty for any
    bool withoutStage = false; ///< only people in no stage
    QString tag;
    std::optional<Network> network;
    QDateTime lastContactAfter; ///< invalid for any time
    QDateTime lastContactBefore;

    enum class Sort
    {
        Name,
        LastContact, ///< newest first
        Stage, ///< in pipeline order
        Created, ///< newest first
    };
    Sort sort = Sort::Name;
    int offset = 0;
    int limit = 200;
};

/** A row of the contacts list. */
struct ContactRow
{
    Contact contact;
    QList<Network> networks; ///< the networks of their identities, each once
    QDateTime lastContact; ///< the newest conversation activity with any of their identities
};

/** A stage of the lead pipeline, in the user's order. */
struct PipelineStage
{
    qint64 id = 0;
    QString name;
    int position = 0;
    int contactCount = 0; ///< people in this stage now (filled by pipeline())

    bool operator==(const PipelineStage &) const = default;
};

/** What "Edit stages" changed, applied by ContactRepository::editPipeline(). */
struct PipelineEdit
{
    QList<std::pair<QString, QString>> renames; ///< from, to
    QStringList removed;
    QStringList added;
    QStringList order; ///< every stage after the edit, in order
};

/** How many people reached a stage in one month, for the conversions chart. */
struct StageMonth
{
    QString stage;
    QDate month; ///< the first day of the month
    int reached = 0;
};

/** A note about a contact. */
struct ContactNote
{
    qint64 id = 0;
    QString author; ///< empty for the local user
    QString body;
    QDateTime createdAt;
};

/** One thing in a contact's timeline, newest first. */
struct TimelineEntry
{
    /** Also the order of entries of the same millisecond: the larger kind first. */
    enum class Kind
    {
        Message,
        Note,
        StageChange,
        SurveyRating,
        Automation,
    };
    Kind kind = Kind::Message;
    qint64 id = 0; ///< the row id in its own table (a message's id for messages)
    QDateTime at;
    qint64 conversationId = 0; ///< messages, ratings and automation events
    Network network = Network::X; ///< messages
    bool outbound = false; ///< messages: sent by one of our accounts
    QString handle; ///< messages: who wrote it (their handle, or our account's for outbound)
    QString text; ///< the message, the note, the stage's name, or what the rule did
    QString author; ///< notes and stage changes: who did it; empty for the local user
    int rating = 0; ///< survey ratings, 1 to 5
};

/** Where a page of a timeline ends: the next page starts after it. */
struct TimelineCursor
{
    qint64 atMs = 0;
    int kind = 0;
    qint64 id = 0;

    static TimelineCursor after(const TimelineEntry &entry);
};

/**
 * People across networks (DESIGN.md, contacts/): a contact groups the identities of one person
 * and holds what the user knows about them: fields, tags, the lead stage with its history, notes,
 * and the private note of the profile pane. Linking and splitting move identities between
 * contacts; messages stay with the identity that wrote them.
 *
 * Methods that change several rows run in a transaction of their own, except those marked "in
 * the caller's transaction", which an import strings together in one.
 */
class ContactRepository final
{
public:
    explicit ContactRepository(Database &db);

    /** The note about the person behind @p identityId; empty when there is none. */
    Result<QString> note(qint64 identityId);
    /** Keeps @p note about the person, making them a contact if they were not one. */
    Result<ChangeSet> setNote(qint64 identityId, const QString &note);

    /** The contact of @p identityId, made from the identity when it has none yet. */
    Result<qint64> ensureContact(qint64 identityId);
    /**
     * ensureContact() in a transaction of its own, for the profile pane: changes nothing when the
     * person has a contact already.
     */
    Result<ChangeSet> makeContactFor(qint64 identityId);
    /** The contact of @p identityId; 0 when it has none. NotFound when there is no such identity. */
    Result<qint64> contactOf(qint64 identityId);
    /** One identity with its network and account, whatever contact it belongs to; nullopt when unknown. */
    Result<std::optional<ContactIdentity>> identity(qint64 identityId);
    /**
     * Makes a contact for everyone we talk to who has none yet (not our own accounts); returns
     * how many were made. Cheap when there are none.
     */
    Result<int> ensureContactsForPeople();
    /**
     * ensureContactsForPeople() once per store, for the people stored before PageWriter made
     * everyone's contact as they came; Store::open() calls it.
     */
    Result<void> catchUpOnce();

    Result<std::optional<Contact>> contact(qint64 contactId);
    /** The private note of the profile pane (the CSV's "note" column). */
    Result<QString> contactNote(qint64 contactId);
    Result<QList<ContactIdentity>> identities(qint64 contactId);
    Result<QList<ContactRow>> list(const ContactFilter &filter);
    Result<int> count(const ContactFilter &filter);
    /** Every custom field name in use, sorted. */
    Result<QStringList> customFieldNames();

    /**
     * Stores a new contact with its fields, tags, stage (which must exist) and @p note; returns
     * its id. In the caller's transaction.
     */
    Result<qint64> create(const Contact &contact, const QString &note, const QDateTime &now);
    /** Changes a contact's fields (name, company, e-mail, phone, website, location, custom, owner). */
    Result<ChangeSet> updateFields(const Contact &contact, const QDateTime &now);
    Result<ChangeSet> remove(qint64 contactId);

    /**
     * Moves @p stage (a stage's name; empty for none) onto @p contactIds and records the change
     * in each one's history; those already in it are left alone. NotFound for an unknown stage.
     */
    Result<ChangeSet> setStage(const QList<qint64> &contactIds, const QString &stage, const QString &author,
                               const QDateTime &at);
    /** Adds @p tag (made if new) to @p contactIds. */
    Result<ChangeSet> addTag(const QList<qint64> &contactIds, const QString &tag);
    Result<ChangeSet> removeTag(const QList<qint64> &contactIds, const QString &tag);
    /** A timestamped note by @p author (empty: the local user); returns its id. */
    Result<qint64> addNote(qint64 contactId, const QString &author, const QString &body, const QDateTime &at);
    Result<QList<ContactNote>> notes(qint64 contactId);

    /**
     * Links @p identityId to @p contactId. The identity leaves its old contact; when that contact
     * has no identity left, what it knew (fields it had and the target lacks, tags, notes, stage
     * history) moves over and it goes.
     */
    Result<ChangeSet> link(qint64 contactId, qint64 identityId);
    /** link(), in the caller's transaction. */
    Result<ChangeSet> attach(qint64 contactId, qint64 identityId);
    /** Merges contact @p fromId into @p intoId: identities, tags, notes, history; then removes it. */
    Result<ChangeSet> merge(qint64 intoId, qint64 fromId);
    /** Splits @p identityId off its contact into a new contact of its own; returns its id. */
    Result<qint64> unlink(qint64 identityId, const QDateTime &now);
    /** Remembers that the user turned down linking these two identities. */
    Result<void> dismissSuggestion(qint64 identityA, qint64 identityB);
    Result<bool> isDismissed(qint64 identityA, qint64 identityB);

    /** The identity @p network's @p handle names ("@shop", "ana@host"); NotFound, or InvalidInput when several. */
    Result<qint64> findIdentity(Network network, const QString &handle);

    /** The stages in order, with how many people are in each now. */
    Result<QList<PipelineStage>> pipeline();
    Result<ChangeSet> addStage(const QString &name);
    Result<ChangeSet> renameStage(const QString &from, const QString &to);
    /** Removes a stage; the people in it are in no stage afterwards (their history stays). */
    Result<ChangeSet> removeStage(const QString &name);
    /** Puts the stages in the order of @p names, which must name each stage once. */
    Result<ChangeSet> reorderStages(const QStringList &names);
    /**
     * A whole edit of the pipeline (the Contacts window's "Edit stages"), in one transaction:
     * the renames, then the removals, the additions, and the final order. All of it, or nothing.
     */
    Result<ChangeSet> editPipeline(const PipelineEdit &edit);
    /** How many people reached each stage per month since @p since. */
    Result<QList<StageMonth>> conversions(const QDate &since);

    /**
     * A page of the contact's timeline, newest first: every message in and out on every network,
     * notes, stage changes, survey ratings and automation events; after @p cursor when given.
     */
    Result<QList<TimelineEntry>> timeline(qint64 contactId, const std::optional<TimelineCursor> &cursor, int limit);

private:
    Result<void> removeStageRows(const QString &name);
    Result<void> orderStageRows(const QStringList &names);
    Result<void> moveContactData(qint64 intoId, qint64 fromId);
    Result<void> touch(qint64 contactId, const QDateTime &now);

    Database &m_db;
};

} // namespace starling
