// Test classes run side by side (each test class's hosts have task hubs of their own, and tests use data of their own);
// the tests within a class run one after another. Two cores: more workers only queue behind Azurite.
[assembly: Parallelize(Workers = 3, Scope = ExecutionScope.ClassLevel)]
