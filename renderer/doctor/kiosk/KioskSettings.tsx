// Kiosk settings: the PIN that brings the doctor back from the family screen (asked for the
// current one before a change), and how long an untouched family screen waits before going
// back to its welcome picture.
import { useEffect, useState, type SyntheticEvent } from 'react';
import type { KioskStatus } from '../../../shared/bridge/contract';
import type { BridgeError } from '../../../shared/bridge/result';
import { useBridge } from '../../bridge/bridge-context';
import { ErrorNotice } from '../../components/ErrorNotice';

export function KioskSettings() {
  const { client } = useBridge();
  const [status, setStatus] = useState<KioskStatus | null>(null);
  const [pin, setPin] = useState('');
  const [currentPin, setCurrentPin] = useState('');
  const [seconds, setSeconds] = useState('');
  const [error, setError] = useState<BridgeError | null>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    void client.call('kiosk.status', {}).then((result) => {
      if (result.ok) {
        setStatus(result.value);
        setSeconds(String(result.value.inactivitySeconds));
      }
    });
  }, [client]);

  const save = async (event: SyntheticEvent) => {
    event.preventDefault();
    const result = await client.call('kiosk.configure', {
      ...(pin !== '' ? { pin } : {}),
      ...(currentPin !== '' ? { currentPin } : {}),
      ...(seconds !== '' ? { inactivitySeconds: Number(seconds) } : {}),
    });
    setSaved(result.ok);
    setError(result.ok ? null : result.error);
    if (result.ok) {
      setStatus(result.value);
      setPin('');
      setCurrentPin('');
    }
  };

  return (
    <section className="panel settings" aria-labelledby="settings-heading">
      <h1 id="settings-heading">Réglages de l’écran famille</h1>
      <p>
        {status?.pinSet
          ? 'Un code PIN est défini.'
          : 'Aucun code PIN : choisissez-en un pour verrouiller l’écran famille.'}
      </p>
      <form onSubmit={(event) => void save(event)} className="settings-form">
        {status?.pinSet && (
          <label>
            Code PIN actuel
            <input
              type="password"
              inputMode="numeric"
              autoComplete="off"
              pattern="\d{4,8}"
              value={currentPin}
              onChange={(event) => {
                setCurrentPin(event.target.value);
              }}
            />
          </label>
        )}
        <label>
          Nouveau code PIN (4 à 8 chiffres)
          <input
            type="password"
            inputMode="numeric"
            autoComplete="new-password"
            pattern="\d{4,8}"
            data-testid="new-pin"
            value={pin}
            onChange={(event) => {
              setPin(event.target.value);
            }}
          />
        </label>
        <label>
          Retour à l’accueil après (secondes sans toucher l’écran)
          <input
            type="number"
            min={15}
            max={3600}
            data-testid="inactivity-seconds"
            value={seconds}
            onChange={(event) => {
              setSeconds(event.target.value);
            }}
          />
        </label>
        <button type="submit" className="primary">
          Enregistrer
        </button>
      </form>
      <p role="status">{saved ? 'Réglages enregistrés.' : ''}</p>
      <ErrorNotice error={error} />
    </section>
  );
}
