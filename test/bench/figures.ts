// One measured figure, printed as "<area> <measure>: <value> <unit>" and saved as JSON.
export interface Figure {
  area: string;
  measure: string;
  value: number;
  unit: string;
}

export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

export function formatFigure(figure: Figure): string {
  const digits = figure.value >= 100 ? 0 : figure.value >= 10 ? 1 : 2;
  return `${figure.area} ${figure.measure}: ${figure.value.toFixed(digits)} ${figure.unit}`;
}

/** Milliseconds since an earlier process.hrtime.bigint() reading. */
export function msSince(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}
