// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Fault.h"
#include "HttpTypes.h"

#include <QByteArray>
#include <QObject>

class QTcpSocket;
class QTimer;

namespace starling::sandbox {

class LoopbackServer;

/**
 * One HTTP/1.1 connection of a LoopbackServer: parses requests (Content-Length and chunked
 * bodies, keep-alive), hands them to the server and writes the answers, misbehaving as a Fault
 * asks. Internal to the sandbox; a malformed request gets a 400 and the connection closes.
 */
class HttpConnection final : public QObject
{
    Q_OBJECT

public:
    HttpConnection(QTcpSocket *socket, quint64 id, LoopbackServer *server);
    ~HttpConnection() override;
    Q_DISABLE_COPY_MOVE(HttpConnection)

    quint64 id() const { return m_id; }
    /** Drops the connection at once, without an answer. */
    void abort();

private:
    enum class State
    {
        Head,
        FixedBody,
        ChunkSize,
        ChunkData,
        Trailers,
        Busy,
        Closing,
    };

    /** How the body of an answer is framed on the wire. */
    enum class Framing
    {
        Length,
        NoLength,
        Chunked,
    };

    void onReadyRead();
    void processBuffer();
    bool parseHead(const QByteArray &head);
    void dispatch();
    void applyFault(const Fault &fault, const Request &request);
    void fail(int status, const QByteArray &reason);

    QByteArray head(const Response &response, Framing framing, qint64 declaredLength) const;
    void writeAnswer(const Response &response);
    bool write(const QByteArray &data);
    void finishExchange();
    void closeWhenFlushed();
    void resetWhenFlushed();
    void resetNow();
    void dribbleNext();
    void onBytesWritten();
    void onGone();

    QTcpSocket *m_socket = nullptr;
    quint64 m_id = 0;
    LoopbackServer *m_server = nullptr;
    QTimer *m_timer = nullptr;
    QByteArray m_buffer;
    State m_state = State::Head;
    Request m_request;
    qint64 m_remaining = 0;
    bool m_keepAlive = true;
    bool m_requestIsHead = false;
    QByteArray m_dribble;
    bool m_resetWhenFlushed = false;
    bool m_gone = false;
};

} // namespace starling::sandbox
