import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

/**
 * Starts a Node process and resolves once its output (stdout and stderr) says `marker`, so a
 * test can then kill it with SIGKILL as a crash would; rejects, with the output's tail, if it
 * exits first.
 */
export function startNodeUntil(args: readonly string[], marker: string, options: Pick<SpawnOptions, 'cwd' | 'env'> = {}): Promise<ChildProcess> {
  const child = spawn(process.execPath, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const seen = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(marker)) resolve(child);
    };
    child.stdout.on('data', seen);
    child.stderr.on('data', seen);
    child.once('exit', (code) => reject(new Error(`${args[0]} exited with ${code} before saying "${marker}":\n${output.slice(-2_000)}`)));
  });
}
