// One screen for both: the doctor turns the screen to the family, which then sees only the
// family interface. A small lock in the corner opens a PIN pad; only the right PIN brings the
// doctor's console back (wrong tries are limited by the local service).
import { useState } from 'react';
import type { BridgeError } from '../../../shared/bridge/result';
import { useBridge } from '../../bridge/bridge-context';
import { InterpreterVideoSourceContext } from '../../calls/family-mirror/video-source';
import { FamilyApp } from '../../family/FamilyApp';

/** The console is French: the service's codes, not its English messages, choose the words. */
function pinMessageFr(error: BridgeError): string {
  if (error.code === 'PIN_WRONG') return 'Code PIN incorrect.';
  if (error.code === 'PIN_LOCKED') {
    const seconds = /\d+/.exec(error.message)?.[0];
    return `Trop d’essais : réessayez dans ${seconds ?? '60'} s.`;
  }
  if (error.code === 'PIN_NOT_SET') return 'Aucun code PIN n’est défini (Réglages).';
  return `Le déverrouillage a échoué (${error.code}).`;
}

export function KioskFamilyView(props: { onUnlock: () => void }) {
  const { client } = useBridge();
  const [asking, setAsking] = useState(false);
  const [pin, setPin] = useState('');
  const [error, setError] = useState<BridgeError | null>(null);

  const unlock = async () => {
    const result = await client.call('kiosk.unlock', { pin });
    setPin('');
    if (result.ok) props.onUnlock();
    else setError(result.error);
  };

  return (
    <div className="kiosk" data-testid="kiosk">
      {/* Same page as the call: the family view shows its stream directly, no mirror. */}
      <InterpreterVideoSourceContext value="doctor-page">
        <FamilyApp />
      </InterpreterVideoSourceContext>
      <div className="kiosk-lock" lang="fr" dir="ltr">
        {asking ? (
          <form
            className="pin-pad"
            onSubmit={(event) => {
              event.preventDefault();
              void unlock();
            }}
          >
            <label>
              Code PIN du médecin
              <input
                type="password"
                inputMode="numeric"
                autoComplete="off"
                data-testid="kiosk-pin"
                value={pin}
                autoFocus
                onChange={(event) => {
                  setPin(event.target.value.replace(/\D/g, '').slice(0, 8));
                }}
              />
            </label>
            <button type="submit" data-testid="kiosk-unlock">
              Déverrouiller
            </button>
            <button
              type="button"
              onClick={() => {
                setAsking(false);
                setError(null);
              }}
            >
              Annuler
            </button>
            {error && (
              <p role="alert" className="pin-error">
                {pinMessageFr(error)}
              </p>
            )}
          </form>
        ) : (
          <button
            type="button"
            className="lock-button"
            aria-label="Espace médecin (code PIN)"
            data-testid="kiosk-lock"
            onClick={() => {
              setAsking(true);
            }}
          >
            🔒
          </button>
        )}
      </div>
    </div>
  );
}
