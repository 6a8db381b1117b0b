#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Checks a push body before it is queued (on a pool thread: a body may be 32 MiB of JSON), and
// finds the sourceName it is queued under. The messages are the engine's (UserDataParser), which
// follow NocoBase's where NocoBase has one.
struct PushCheck
{
    enum class Verdict {
        Ok,
        NotJson, // answered like NocoBase's body parser: 400 {"errors": [{"message"}]}
        WrongMediaType, // a form-encoded body: 415 {"errors": [{"message"}]}
        Invalid, // answered like NocoBase's push: 400 {"data": {"code": 400, "message"}}
    };

    Verdict verdict = Verdict::Invalid;
    QString message;
    QString sourceName; // "api" when the body names none

    static PushCheck run(const QByteArray &body, const QByteArray &contentType,
                         const QStringList &supportedTypes);
};
