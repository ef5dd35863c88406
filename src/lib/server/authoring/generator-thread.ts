/**
 * The generator in a worker thread. A long article costs seconds of CPU; run inside the request
 * it would stall every other visitor's page until it finished. In a thread it runs beside the
 * server and is stopped when it passes its time limit.
 *
 * This module is its own worker script: the thread loads the same file (the built chunk, or this
 * source through tsx under Vite and Vitest) and, not being the main thread, runs the job it was
 * given. It must stay free of server imports, which a worker cannot load.
 */
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import {
	generate,
	GeneratorInputError,
	type GeneratorInput,
	type GeneratorOptions,
	type GeneratorResult
} from '../../generator';

interface Job {
	lede: 'generate';
	input: GeneratorInput;
	options: GeneratorOptions;
}

export type ThreadOutcome =
	| { ok: true; result: GeneratorResult }
	/** A one-line reason the generator gives for text it cannot work with. */
	| { ok: false; reason: 'input'; message: string }
	| { ok: false; reason: 'time' };

function isJob(data: unknown): data is Job {
	return (data as Job | null)?.lede === 'generate';
}

if (!isMainThread && isJob(workerData)) {
	let reply: ThreadOutcome;
	try {
		reply = { ok: true, result: generate(workerData.input, workerData.options) };
	} catch (e) {
		if (!(e instanceof GeneratorInputError)) throw e;
		reply = { ok: false, reason: 'input', message: e.message };
	}
	parentPort!.postMessage(reply);
}

/** Source files need a TypeScript loader in the thread; the built app's chunk is plain JS. */
function workerFor(job: Job): Worker {
	const self = import.meta.url;
	if (self.endsWith('.js')) return new Worker(new URL(self), { workerData: job });
	const load = `import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(self)}, ${JSON.stringify(self)}))`;
	return new Worker(load, { eval: true, workerData: job });
}

export function generateInThread(
	input: GeneratorInput,
	options: GeneratorOptions,
	timeLimitMs: number
): Promise<ThreadOutcome> {
	const worker = workerFor({ lede: 'generate', input, options });
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => {
			resolve({ ok: false, reason: 'time' });
			void worker.terminate();
		}, timeLimitMs);
		const settle = () => clearTimeout(timer);
		worker.once('message', (outcome: ThreadOutcome) => {
			settle();
			resolve(outcome);
			void worker.terminate();
		});
		worker.once('error', (e) => {
			settle();
			reject(e);
		});
		worker.once('exit', (code) => {
			settle();
			reject(new Error(`The generator thread stopped (exit code ${code}) without an answer.`));
		});
	});
}
