import { exitIfCancelled } from '../host/run.js';
import { runCli } from './cli.js';

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  env: process.env,
  tty: process.stderr.isTTY === true,
  stdin: process.stdin,
  binaryStdout: process.stdout,
});
// Its one line is printed by now; a cancel ends the process with 130 or 143.
exitIfCancelled();
