#pragma once

#include "store/storeerror.h"

class ResourceBatch;

// The departments of user records. A user's `departments` list replaces only the memberships
// this source made: memberships made by hand, or by another source, stay. Owner flags follow the
// list; the main department is the entry marked isMain, else the current main if it is still a
// membership, else the first listed one. Without a `departments` key nothing changes.
namespace MembershipWriter {
StoreError apply(ResourceBatch &batch, const QString &resource, const QString &usersResource);
}
