// The call's state on the family screen, without words (the family may not read French or
// any script): a pictogram of a person with a headset, animated while interpreters ring,
// steady with a green dot when connected, crossed when it ended. The aria-label says it for
// screen readers. Fed by the call's state over the bridge (follow-call-state.ts), so a page
// reloaded during a call shows it at once.
import { useEffect, useState } from 'react';
import type { CallPhase } from '../../shared/bridge/calls-contract';
import type { BridgeClient } from '../../shared/bridge/contract';
import { followCallState } from './follow-call-state';
import './calls.css';

const labels: Record<CallPhase, string> = {
  idle: '',
  searching: 'Recherche d’un interprète',
  ringing: 'Un interprète est appelé',
  connecting: 'Un interprète arrive',
  connected: 'Interprète en ligne',
  reconnecting: 'Connexion de l’interprète instable',
  ended: 'Appel de l’interprète terminé',
  unavailable: 'Aucun interprète disponible',
};

export function FamilyCallBadge({ bridge }: { bridge: BridgeClient }) {
  const [phase, setPhase] = useState<CallPhase>('idle');
  useEffect(
    () =>
      followCallState(bridge, (state) => {
        setPhase(state.phase);
      }),
    [bridge],
  );
  if (phase === 'idle') return null;
  return (
    <div className={`family-call-badge family-call-${phase}`} role="img" aria-label={labels[phase]}>
      <svg viewBox="0 0 64 64" width="64" height="64" aria-hidden="true" focusable="false">
        <circle cx="32" cy="22" r="11" fill="currentColor" />
        <path d="M12 58c0-12 9-20 20-20s20 8 20 20z" fill="currentColor" />
        <path d="M18 22a14 14 0 0 1 28 0" fill="none" stroke="currentColor" strokeWidth="4" />
        <rect x="14" y="20" width="6" height="10" rx="2" fill="currentColor" />
        <rect x="44" y="20" width="6" height="10" rx="2" fill="currentColor" />
        {phase === 'connected' ? <circle cx="52" cy="52" r="9" className="badge-dot" /> : null}
        {phase === 'ended' || phase === 'unavailable' ? (
          <path d="M8 8l48 48" stroke="currentColor" strokeWidth="5" strokeLinecap="round" />
        ) : null}
      </svg>
    </div>
  );
}
