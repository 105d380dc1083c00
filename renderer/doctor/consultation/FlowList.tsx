// The flows the doctor can run: those made for this consultation type first, the others
// folded below. Starting one puts its first card on the family screen.
import type { Flow } from '../../../shared/content/flow';
import type { ConsultationState } from '../../../shared/consultation/state';

export function FlowList(props: {
  flows: readonly Flow[];
  consultationType: string;
  state: ConsultationState;
  onStart: (flowId: string) => void;
  disabled: boolean;
}) {
  const suited = props.flows.filter((flow) =>
    flow.consultationTypes.some((t) => t === props.consultationType),
  );
  const others = props.flows.filter((flow) => !suited.includes(flow));
  const running = props.state.step?.flowId ?? null;
  const item = (flow: Flow) => {
    const done = props.state.flowsFinished.includes(flow.id);
    return (
      <li key={flow.id}>
        <button
          type="button"
          className="flow-button"
          data-testid={`flow-${flow.id}`}
          disabled={props.disabled || running === flow.id}
          aria-current={running === flow.id ? 'step' : undefined}
          onClick={() => {
            props.onStart(flow.id);
          }}
        >
          {flow.titleFr}
          {done && <span className="marker marker-reviewed"> fait</span>}
          {running === flow.id && <span className="marker marker-draft"> en cours</span>}
        </button>
      </li>
    );
  };
  return (
    <section className="panel flows" aria-labelledby="flows-heading">
      <h2 id="flows-heading">Parcours</h2>
      <ul className="flow-list">{suited.map(item)}</ul>
      {others.length > 0 && (
        <details>
          <summary>Autres parcours</summary>
          <ul className="flow-list">{others.map(item)}</ul>
        </details>
      )}
    </section>
  );
}
