import '../learning/learning.css';
import { Bar, BarChart, CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';

const tooltip = { background: 'var(--surface)', borderColor: 'var(--border)', color: 'var(--text)' };

/** The group's share of airtime per member as bars (Recharts, loaded only on the trajectory page). */
export function AirtimeBars({ rows, axis }: { rows: { name: string; percent: number }[]; axis: string }) {
  return (
    <div className="chart-box">
      <BarChart
        data={rows}
        layout="vertical"
        responsive
        style={{ width: '100%', height: '100%' }}
        accessibilityLayer
      >
        <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
        <XAxis type="number" domain={[0, 100]} unit="%" stroke="var(--muted)" />
        <YAxis type="category" dataKey="name" width={120} stroke="var(--muted)" />
        <Tooltip contentStyle={tooltip} />
        <Bar dataKey="percent" name={axis} fill="var(--effect-others)" isAnimationActive={false} />
      </BarChart>
    </div>
  );
}

/** How heard each meeting's case-giver felt, by their own score (1–5). */
export function HeardLine({ rows, axis }: { rows: { label: string; score: number | null }[]; axis: string }) {
  return (
    <div className="chart-box">
      <LineChart data={rows} responsive style={{ width: '100%', height: '100%' }} accessibilityLayer>
        <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
        <XAxis dataKey="label" stroke="var(--muted)" />
        <YAxis domain={[1, 5]} ticks={[1, 2, 3, 4, 5]} width={40} stroke="var(--muted)" />
        <Tooltip contentStyle={tooltip} />
        <Line
          dataKey="score"
          name={axis}
          stroke="var(--effect-self)"
          strokeWidth={2.5}
          connectNulls
          isAnimationActive={false}
        />
      </LineChart>
    </div>
  );
}
