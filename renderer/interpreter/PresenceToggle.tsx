// Availability as three native radio buttons: arrow keys move between them, and a screen
// reader announces the group's legend and each choice's hint.
import type { PresenceStatus } from '../../shared/hub/protocol';
import { fr } from './strings-fr';

const choices: PresenceStatus[] = ['online', 'busy', 'offline'];

interface Props {
  /** Checked choice: the one asked for, else the one the hub confirmed. */
  selected: PresenceStatus | null;
  confirmed: PresenceStatus | null;
  disabled: boolean;
  onChange: (status: PresenceStatus) => void;
}

export function PresenceToggle({ selected, confirmed, disabled, onChange }: Props) {
  const waiting = selected !== null && selected !== confirmed;
  return (
    <fieldset className="presence" disabled={disabled}>
      <legend>{fr.presence.legend}</legend>
      {choices.map((status) => (
        <label key={status} className={`presence-choice presence-${status}`}>
          <input
            type="radio"
            name="presence"
            value={status}
            checked={selected === status}
            onChange={() => {
              onChange(status);
            }}
            aria-describedby={`presence-hint-${status}`}
          />
          <span className="presence-label">{fr.presence.labels[status]}</span>
          <span className="presence-hint" id={`presence-hint-${status}`}>
            {fr.presence.hints[status]}
          </span>
        </label>
      ))}
      <p className="presence-current" role="status" aria-live="polite">
        {waiting
          ? fr.presence.sending
          : confirmed
            ? fr.presence.current(fr.presence.labels[confirmed])
            : ''}
      </p>
    </fieldset>
  );
}
