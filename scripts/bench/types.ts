// The shape every benchmark module in scripts/bench/*.bench.ts returns; index.ts prints them as a table and JSON.

export interface BenchRow {
  area: string; // e.g. "figures", "compare"
  metric: string; // e.g. "extraction throughput"
  value: number;
  unit: string; // "ms", "MB/s", "MB", "x"
  target?: string; // e.g. "<= 200 ms"
  pass?: boolean;
  note?: string;
}

export type BenchModule = { run(): Promise<BenchRow[]> };
