// The two test classes share one host (their data apart by unit prefix and plan id) and may run side by side.
[assembly: Parallelize(Workers = 2, Scope = ExecutionScope.ClassLevel)]
