// Tells the doctor how far to trust the family-language text on screen: drafts are never
// presented as verified, and drafts written without any speaker say so more strongly.
export function DraftMarker(props: { draft: boolean; lowConfidence: boolean }) {
  if (!props.draft) return <span className="marker marker-reviewed">Traduction relue</span>;
  return (
    <span
      className={`marker ${props.lowConfidence ? 'marker-low' : 'marker-draft'}`}
      data-testid="draft-marker"
      title="Cette traduction n’a pas été relue par un locuteur : en cas de doute, appelez un interprète."
    >
      {props.lowConfidence ? 'Brouillon non relu — fiabilité faible' : 'Brouillon non relu'}
    </span>
  );
}
