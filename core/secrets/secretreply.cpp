#include "secretreply.h"

void SecretReply::finish(const SecretResult &result)
{
    emit finished(result);
    deleteLater();
}
