// What the tests need from Debian, installed when missing: as root on Debian or Ubuntu with
// apt-get (as Playwright's `install --with-deps` does), otherwise a stop at once with the exact
// command to run. One place for `pnpm test` and the stages that need a program of the system.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Is `command` on the PATH (or an absolute path that exists)? */
export function has(command) {
  if (command.startsWith('/')) return existsSync(command);
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/**
 * Makes sure each `{ command, package }` is there: installs the missing packages with apt-get when
 * it can, or throws an error that says which command to run.
 */
export function ensure(needs, { why }) {
  const missing = needs.filter((need) => !has(need.command));
  if (missing.length === 0) return;
  const packages = [...new Set(missing.map((need) => need.package))];
  const root = process.getuid?.() === 0;
  const sudo = root ? '' : 'sudo ';
  const command = `${sudo}apt-get update && ${sudo}apt-get install -y ${packages.join(' ')}`;
  if (!root || !has('apt-get')) {
    const where = has('apt-get') ? command : `install ${packages.join(', ')} with your system's package manager (on Debian or Ubuntu: ${command})`;
    throw new Error(`${why} need ${missing.map((need) => need.command).join(', ')}, which this machine lacks. Run: ${where}`);
  }
  console.log(`${why} need ${packages.join(', ')}: installing them (${command}).`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: ['ignore', 'ignore', 'inherit'], env });
  const still = missing.filter((need) => !has(need.command));
  if (still.length > 0) throw new Error(`apt-get installed ${packages.join(', ')} but ${still.map((need) => need.command).join(', ')} is still missing`);
}
