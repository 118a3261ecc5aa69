// Most of this assembly's time is spent waiting: on Azurite, on maildev and, in the workflow tests, on rehearsal
// timers seconds apart. Tests keep apart by unique names (tables, containers, mailboxes, task hubs, instance ids), so
// they run side by side; far more of them than cores, since they mostly wait.
[assembly: Parallelize(Workers = 16, Scope = ExecutionScope.MethodLevel)]
