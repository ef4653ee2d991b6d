using BenchmarkDotNet.Running;

// Run all benchmarks: dotnet run -c Release --project benchmarks/Landes.Inclusion.Benchmarks -- --filter '*'
// Smoke run (what CI does): add --job dry --inProcess
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
