import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { Effect } from '../../../core/api/trajectories';
import { EFFECT_STYLE } from './chart-style';

export type EffectRow = { label: string } & Partial<Record<Effect, number>>;

/**
 * The line chart itself (Recharts), in its own chunk: only the learning record loads it, never the room.
 * No animation, so it prints and shows reduced-motion users the final picture at once.
 */
export function EffectLines({
  rows,
  effects,
  names,
  axis,
}: {
  rows: EffectRow[];
  effects: readonly Effect[];
  names: Record<Effect, string>;
  axis: string;
}) {
  return (
    <div className="chart-box">
      <LineChart data={rows} responsive style={{ width: '100%', height: '100%' }} accessibilityLayer>
        <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
        <XAxis dataKey="label" stroke="var(--muted)" />
        <YAxis
          domain={[1, 5]}
          ticks={[1, 2, 3, 4, 5]}
          allowDecimals={false}
          stroke="var(--muted)"
          width={40}
          label={{ value: axis, angle: -90, position: 'insideLeft', fill: 'var(--muted)' }}
        />
        <Tooltip
          contentStyle={{ background: 'var(--surface)', borderColor: 'var(--border)', color: 'var(--text)' }}
        />
        <Legend />
        {effects.map((effect) => (
          <Line
            key={effect}
            type="monotone"
            dataKey={effect}
            name={names[effect]}
            stroke={EFFECT_STYLE[effect].stroke}
            strokeDasharray={EFFECT_STYLE[effect].dash}
            strokeWidth={2.5}
            connectNulls
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </div>
  );
}
