// Says plainly when the page is not connected to the hub. The live region always exists, so
// screen readers announce the text when it appears, not only when the page loads.
import type { LinkState } from './hub-socket';
import { fr } from './strings-fr';

export function ConnectionBanner({ state }: { state: LinkState }) {
  const text =
    state === 'connecting'
      ? fr.link.connecting
      : state === 'reconnecting'
        ? fr.link.reconnecting
        : '';
  return (
    <p className={text ? 'link-banner' : 'link-banner-empty'} role="status" aria-live="polite">
      {text}
    </p>
  );
}
