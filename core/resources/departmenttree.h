#pragma once

#include "store/storeerror.h"

class ResourceBatch;

// Department records: create, update, move and delete departments of the tree. Parents are
// resolved whatever the order of the records, across pages of a task and across pushes: a
// department whose parent is not known yet waits at the top level and is placed when the
// parent arrives. A move that would close a loop is refused for that record. Deleting a
// department moves its children up to its parent.
namespace DepartmentTree {
StoreError apply(ResourceBatch &batch, const QString &resource);
StoreError finish(ResourceBatch &batch, const QString &resource);
} // namespace DepartmentTree
