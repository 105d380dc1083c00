// A card's pictograms. Standing alone they form one image labelled by the card's text (in
// the family's language); inside a labelled button they are decoration (alt="").
export function Pictograms(props: {
  urls: readonly string[];
  label: string | null;
  size?: 'big' | 'tile' | 'small';
}) {
  const className = `pictograms pictograms-${props.size ?? 'big'}`;
  const images = props.urls.map((url) => <img key={url} src={url} alt="" draggable={false} />);
  if (props.label === null)
    return (
      <span className={className} aria-hidden="true">
        {images}
      </span>
    );
  return (
    <span className={className} role="img" aria-label={props.label}>
      {images}
    </span>
  );
}
