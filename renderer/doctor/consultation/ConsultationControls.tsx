// Pause and end, the two actions that change the whole consultation; ending asks once.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export function ConsultationControls(props: {
  paused: boolean;
  onPause: (paused: boolean) => void;
  onEnd: () => void;
}) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="actions">
      <button
        type="button"
        data-testid="pause"
        aria-pressed={props.paused}
        onClick={() => {
          props.onPause(!props.paused);
        }}
      >
        {props.paused ? 'Reprendre' : 'Pause'}
      </button>
      {confirming ? (
        <>
          <button
            type="button"
            className="danger"
            onClick={() => {
              setConfirming(false);
              props.onEnd();
            }}
          >
            {t('session.confirmEnd')}
          </button>
          <button
            type="button"
            onClick={() => {
              setConfirming(false);
            }}
          >
            {t('session.cancel')}
          </button>
        </>
      ) : (
        <button
          type="button"
          onClick={() => {
            setConfirming(true);
          }}
        >
          {t('session.end')}
        </button>
      )}
    </div>
  );
}
