import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** A command started in a process group of its own, so that stopping it stops all it started. */
export type Started = { proc: ChildProcess; readyMs: number };

/** Runs the command with env and resolves once `url` answers 200, with the time that took. */
export async function startUntilHealthy(
  command: string[],
  env: Record<string, string>,
  url: string,
  timeoutMs = 120_000,
): Promise<Started> {
  const started = performance.now();
  const proc = spawn(command[0]!, command.slice(1), {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const deadline = started + timeoutMs;
  for (;;) {
    if (proc.exitCode !== null || proc.signalCode !== null) throw new Error(`${command.join(' ')} exited`);
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (performance.now() > deadline) {
      await stopGroup(proc);
      throw new Error(`${command.join(' ')} did not answer ${url} in time`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return { proc, readyMs: performance.now() - started };
}

/** SIGTERM to the whole group (npm, its shell and the server), then waits for the leader to exit. */
export async function stopGroup(proc: ChildProcess): Promise<void> {
  if (proc.exitCode !== null || proc.signalCode !== null) return;
  const exited = new Promise((resolve) => proc.once('exit', resolve));
  process.kill(-proc.pid!, 'SIGTERM');
  await exited;
}

/** The pid and all its descendants, from /proc. */
export function descendants(pid: number): number[] {
  const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  return [pid, ...children.flatMap((child) => descendants(Number(child)))];
}

export function rssMb(pid: number): number {
  const match = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
  return match ? Number(match[1]) / 1024 : 0;
}

/** RSS of the largest process in the tree (the server itself) and of the whole tree (wrappers too). */
export function treeRss(pid: number): { serverMb: number; treeMb: number } {
  const each = descendants(pid).map((p) => {
    try {
      return rssMb(p);
    } catch {
      return 0; // exited meanwhile
    }
  });
  return { serverMb: Math.max(...each), treeMb: each.reduce((a, b) => a + b, 0) };
}
