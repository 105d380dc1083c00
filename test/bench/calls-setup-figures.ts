// The call set-up benchmark's figures: the app's set-up time, the bare RTCPeerConnection's
// beside it, and their ratio (what the app's layers cost), from the timed calls after warm-up.
import { percentile, type Figure } from './figures';

export function setupFigures(app: number[], bare: number[], render: boolean): Figure[] {
  const p50 = percentile(app, 50);
  const bareP50 = percentile(bare, 50);
  return [
    { area: 'calls', measure: `setup p50 (${app.length} calls)`, value: p50, unit: 'ms' },
    { area: 'calls', measure: 'setup p95', value: percentile(app, 95), unit: 'ms' },
    { area: 'calls', measure: 'setup bare RTCPeerConnection p50', value: bareP50, unit: 'ms' },
    {
      area: 'calls',
      measure: 'setup bare RTCPeerConnection p95',
      value: percentile(bare, 95),
      unit: 'ms',
    },
    { area: 'calls', measure: 'setup ratio', value: p50 / bareP50, unit: 'x' },
    {
      area: 'calls',
      measure: 'setup bare pages render video (1 = yes)',
      value: render ? 1 : 0,
      unit: '',
    },
  ];
}
