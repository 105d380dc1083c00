// The content's coverage per language, for whoever looks after the clinic's PC: how many
// cards have a text, sound (recorded, synthetic, none) and a human review. Drafts are the
// rule today: this screen says so instead of hiding it.
import { useEffect, useState } from 'react';
import { CoverageBundle, coverageBundlePath } from '../../../shared/content/bundle';

export function ContentCoverage() {
  const [report, setReport] = useState<CoverageBundle | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    fetch(new URL(coverageBundlePath, document.baseURI))
      .then((response) => response.json())
      .then((json: unknown) => {
        setReport(CoverageBundle.parse(json));
      })
      .catch(() => {
        setFailed(true);
      });
  }, []);
  if (failed) return <p role="alert">Le rapport de couverture n’a pas pu être chargé.</p>;
  if (!report) return <p aria-busy="true">Chargement…</p>;
  return (
    <section className="panel coverage" aria-labelledby="coverage-heading">
      <h1 id="coverage-heading">Contenu : couverture par langue</h1>
      <p>
        {report.cards} cartes, {report.flows} parcours. Une traduction non relue est un brouillon :
        le médecin le voit sur l’écran de consultation.
      </p>
      <table className="data-table" data-testid="coverage">
        <thead>
          <tr>
            <th scope="col">Langue</th>
            <th scope="col">Texte</th>
            <th scope="col">Audio enregistré</th>
            <th scope="col">Audio synthétique</th>
            <th scope="col">Sans audio</th>
            <th scope="col">Relu</th>
            <th scope="col">Voix hors ligne</th>
          </tr>
        </thead>
        <tbody>
          {report.rows.map((row) => (
            <tr key={row.language}>
              <th scope="row">{row.frenchName}</th>
              <td>{row.textPercent} %</td>
              <td>{row.audio.recorded}</td>
              <td>{row.audio.synthetic}</td>
              <td>{row.audio.none}</td>
              <td>{row.reviewedPercent} %</td>
              <td>{row.voice}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
