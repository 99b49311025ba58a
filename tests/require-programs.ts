// For tests that need a program npm cannot bring (LibreOffice, poppler, a CJK font): they run
// wherever it is there; under CI=true (.ci/run installs them) a missing one fails the run; on any
// other machine the test file says in one line what it did not run and which Debian packages
// bring it, and its tests show as skipped. Never a silent skip.
import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';

/** One thing a test file needs from the machine. */
export interface Need {
  /** What it is, as the message names it: `libreoffice`, `a CJK font`. */
  readonly name: string;
  /** The Debian package that brings it. */
  readonly debian: string;
  /** Whether this machine has it. */
  readonly present: () => boolean;
}

/** A command on PATH (or an absolute path) that this process may run. */
export function program(command: string, debian: string): Need {
  const runnable = (file: string) => {
    try {
      accessSync(file, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  };
  return {
    name: command,
    debian,
    present: () =>
      isAbsolute(command)
        ? runnable(command)
        : (process.env['PATH'] ?? '').split(delimiter).some((dir) => dir !== '' && runnable(join(dir, command))),
  };
}

/** A font fontconfig knows whose family name contains `family` (fc-list comes with fontconfig). */
export function font(family: string, debian: string): Need {
  return {
    name: `the font ${family}`,
    debian,
    present: () => {
      try {
        return execFileSync('fc-list', [':', 'family'], { encoding: 'utf8' })
          .toLowerCase()
          .includes(family.toLowerCase());
      } catch {
        return false;
      }
    },
  };
}

/**
 * Whether the tests of `what` can run here: true when every need is present. Under CI=true a
 * missing one throws; elsewhere one line on stderr says what was not run and how to get it.
 *
 * @example
 * const here = requirePrograms('the .docx printed by LibreOffice', [program('libreoffice', 'libreoffice-writer')]);
 * describe.runIf(here)('the .docx in LibreOffice', () => { … });
 */
export function requirePrograms(what: string, needs: readonly Need[]): boolean {
  const missing = needs.filter((need) => !need.present());
  if (missing.length === 0) return true;
  const names = missing.map((need) => need.name).join(', ');
  const install = `apt-get install ${[...new Set(missing.map((need) => need.debian))].join(' ')}`;
  if (process.env['CI'] === 'true') throw new Error(`CI runs ${what}, which needs ${names}: ${install} (.ci/run does)`);
  process.stderr.write(`not run: ${what} (no ${names}; on Debian: ${install})\n`);
  return false;
}
