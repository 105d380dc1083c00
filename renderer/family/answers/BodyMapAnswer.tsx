// Body map: tap the parts that hurt on a child's or an adult's figure, front or back. Each
// region is a keyboard-operable button labelled in the family's language (body.<region>
// cards); "skin" is everywhere, so it is a tile of its own. Confirm with the done tile.
import { useState, type KeyboardEvent } from 'react';
import type { BodyRegion } from '../../../shared/content/answer';
import type { AnswerProps } from './answer-props';
import { AnswerTile } from './AnswerTile';
import { DoneTile } from './DoneTile';
import { bodyShapes, figureHeight, type Figure, type Shape, type Side } from './body-shapes';
import { useTestIds } from '../shown-test-ids';

function ShapeView(props: { shape: Shape }) {
  const s = props.shape;
  return s.kind === 'ellipse' ? (
    <ellipse cx={s.cx} cy={s.cy} rx={s.rx} ry={s.ry} />
  ) : (
    <rect x={s.x} y={s.y} width={s.width} height={s.height} rx={s.r} />
  );
}

export function BodyMapAnswer(props: AnswerProps<'body-map'> & { figure: Figure }) {
  const testId = useTestIds();
  const [side, setSide] = useState<Side>('front');
  const [figure, setFigure] = useState<Figure>(props.figure);
  const [chosen, setChosen] = useState<BodyRegion[]>(
    props.previous?.kind === 'body-map' ? props.previous.regions : [],
  );
  const allowed = new Set(props.spec.regions);
  const toggle = (region: BodyRegion) => {
    if (!props.spec.multiple) {
      props.onAnswer({ kind: 'body-map', regions: [region] });
      return;
    }
    setChosen(chosen.includes(region) ? chosen.filter((r) => r !== region) : [...chosen, region]);
  };
  const onKey = (region: BodyRegion) => (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      toggle(region);
    }
  };
  const height = figureHeight(figure);
  const regions = bodyShapes(figure, side).filter((entry) => allowed.has(entry.region));
  return (
    <div className="body-map">
      <div className="body-sides" role="group">
        {(['front', 'back'] as const).map((value) => (
          <button
            key={value}
            type="button"
            className="side-tile"
            aria-pressed={side === value}
            data-testid={testId(`body-side-${value}`)}
            aria-label={props.card(value === 'front' ? 'ui.body-front' : 'ui.body-back').text}
            onClick={() => {
              setSide(value);
            }}
          >
            <svg viewBox="0 0 40 60" aria-hidden="true" width="40" height="60">
              <circle cx="20" cy="12" r="9" />
              <rect x="10" y="23" width="20" height="30" rx="6" />
              {value === 'front' && <circle cx="20" cy="12" r="3" className="face-dot" />}
            </svg>
          </button>
        ))}
        {(['child', 'adult'] as const).map((value) => (
          <button
            key={value}
            type="button"
            className="side-tile"
            aria-pressed={figure === value}
            data-testid={testId(`body-figure-${value}`)}
            aria-label={props.card(`ui.${value}`).text}
            onClick={() => {
              setFigure(value);
            }}
          >
            <svg viewBox="0 0 40 60" aria-hidden="true" width="40" height="60">
              <circle cx="20" cy={value === 'child' ? 22 : 12} r={value === 'child' ? 8 : 9} />
              <rect
                x="12"
                y={value === 'child' ? 32 : 23}
                width="16"
                height={value === 'child' ? 20 : 30}
                rx="6"
              />
            </svg>
          </button>
        ))}
      </div>
      <svg
        className="body-figure"
        viewBox={`0 0 200 ${String(height)}`}
        role="group"
        aria-label={props.card('pain.where').text}
      >
        {regions.map(({ region, shapes }) => (
          <g
            key={region}
            role="button"
            tabIndex={0}
            className="body-region"
            aria-label={props.card(`body.${region}`).text}
            aria-pressed={chosen.includes(region)}
            data-testid={testId(`region-${region}`)}
            onClick={() => {
              toggle(region);
            }}
            onKeyDown={onKey(region)}
          >
            {shapes.map((shape, index) => (
              <ShapeView key={index} shape={shape} />
            ))}
          </g>
        ))}
      </svg>
      <div className="answer-row">
        {allowed.has('skin') && (
          <AnswerTile
            card={props.card('body.skin')}
            pressed={props.spec.multiple ? chosen.includes('skin') : undefined}
            testId="region-skin"
            onPress={() => {
              toggle('skin');
            }}
          />
        )}
        {props.spec.multiple && (
          <DoneTile
            label={props.card('ui.done').text}
            disabled={chosen.length === 0}
            onPress={() => {
              props.onAnswer({ kind: 'body-map', regions: chosen });
            }}
          />
        )}
      </div>
    </div>
  );
}
