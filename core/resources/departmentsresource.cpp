#include "departmentsresource.h"

#include "departmenttree.h"
#include "membershipwriter.h"
#include "store/inlist.h"
#include "sync/resourcebatch.h"
#include "sync/userdata.h"
#include "usersresource.h"

QStringList DepartmentsResource::accepts() const
{
    return {UserData::User, UserData::Department};
}

StoreError DepartmentsResource::apply(ResourceBatch &batch)
{
    if (batch.dataType() == UserData::Department)
        return DepartmentTree::apply(batch, Name);
    return MembershipWriter::apply(batch, Name, UsersResource::Name);
}

StoreError DepartmentsResource::finishDataType(ResourceBatch &batch)
{
    if (batch.dataType() == UserData::Department)
        return DepartmentTree::finish(batch, Name);
    return {};
}

StoreError DepartmentsResource::existingTargets(Connection &connection, const QStringList &pks,
                                                QSet<QString> *existing)
{
    return InList::existingIds(connection, QStringLiteral("departments"), pks, existing);
}
