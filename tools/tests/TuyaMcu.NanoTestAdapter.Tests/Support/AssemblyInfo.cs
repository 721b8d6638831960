using Xunit;

// The runner redirects the process-wide console and trace listeners while a sample test runs:
// two runs at once would capture each other's output.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
