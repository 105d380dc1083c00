// One count per label as a bar chart (recharts) with the same numbers in a table: the chart
// is hidden from screen readers, the table is the accessible version and is always in the page.
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';

export function CountChart(props: {
  id: string;
  title: string;
  labelHeader: string;
  rows: { label: string; sessions: number }[];
}) {
  const { t } = useTranslation();
  return (
    <figure className="count-chart" aria-labelledby={`${props.id}-title`}>
      <figcaption id={`${props.id}-title`}>{props.title}</figcaption>
      <div className="chart-area" aria-hidden="true">
        <ResponsiveContainer width="100%" height={240}>
          {/* Not focusable: keyboard and screen-reader users get the table below instead. */}
          <BarChart
            data={props.rows}
            accessibilityLayer={false}
            margin={{ top: 8, right: 8, bottom: 8, left: 0 }}
          >
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 12 }} />
            <YAxis allowDecimals={false} width={40} />
            <Tooltip />
            <Bar dataKey="sessions" name={t('statistics.sessions')} fill="#2f6f5e" />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <details>
        <summary>{t('statistics.showTable')}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{props.labelHeader}</th>
              <th scope="col">{t('statistics.sessions')}</th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                <td>{row.sessions}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
