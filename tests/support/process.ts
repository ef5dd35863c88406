import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => resolve(port));
		});
	});
}

/**
 * The way to stop a server we started: `signal`, then wait for it to exit. Should this process
 * die first (a crashed test run), the server is killed with it rather than left running.
 */
export function stopper(child: ChildProcess, signal: NodeJS.Signals): () => Promise<void> {
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	const killOnExit = () => child.kill('SIGKILL');
	process.once('exit', killOnExit);
	return async () => {
		process.off('exit', killOnExit);
		if (child.exitCode === null && child.signalCode === null) {
			child.kill(signal);
			await exited;
		}
	};
}
