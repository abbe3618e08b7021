import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A port free on this machine now: never a fixed one, other jobs share the machine. */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
	});
}

const project = fileURLToPath(new URL('../../', import.meta.url));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A message Vite's dev server pushed to the browser: a reload, or an error for the overlay. */
export type HmrMessage = { at: number; type: string; err?: { message?: string; loc?: { file?: string; line?: number } } };

/**
 * `astro dev` in a project copy, on a free port, with the channel the browser listens on: what an author
 * sees in the browser while editing (the page, its reloads, the error overlay). Stopped with `stop()`.
 */
export interface DevServer {
	url: (path: string) => string;
	/** Every message pushed to the browser since the channel opened. */
	messages: HmrMessage[];
	log: () => string;
	stop: () => void;
}

export async function startDev(dir: string, seconds = 120): Promise<DevServer> {
	const port = await freePort();
	const bin = join(project, 'node_modules/.bin');
	// The server runs as an author's would: without Vitest's variables, under which Vite turns reloads off.
	const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST|TEST$|NODE_ENV$)/.test(k)));
	const child: ChildProcess = spawn(join(bin, 'astro'), ['dev', '--port', String(port), '--host', '127.0.0.1'], { cwd: dir, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...env, PATH: `${bin}:${process.env.PATH}` } });
	let log = '';
	child.stdout!.on('data', (d) => (log += d));
	child.stderr!.on('data', (d) => (log += d));
	const stop = () => {
		try {
			process.kill(-child.pid!, 'SIGKILL');
		} catch {
			// Already gone.
		}
	};
	const base = `http://127.0.0.1:${port}`;
	const deadline = Date.now() + seconds * 1000;
	for (;;) {
		try {
			if ((await fetch(`${base}/`)).status) break;
		} catch {
			if (Date.now() > deadline || child.exitCode !== null) {
				stop();
				throw new Error(`astro dev did not answer within ${seconds} s:\n${log}`);
			}
			await sleep(250);
		}
	}
	const messages: HmrMessage[] = [];
	const socket = new WebSocket(`ws://127.0.0.1:${port}/`, 'vite-hmr');
	socket.onmessage = (m) => {
		const data = JSON.parse(String(m.data)) as Omit<HmrMessage, 'at'>;
		messages.push({ ...data, at: Date.now() });
	};
	await new Promise((resolve, reject) => {
		socket.onopen = resolve;
		socket.onerror = reject;
	});
	return {
		url: (path) => `${base}${path}`,
		messages,
		log: () => log,
		stop: () => {
			socket.close();
			stop();
		},
	};
}

/** Polls until `check` holds (or throws what it last found after `seconds`); resolves to the milliseconds it took. */
export async function until(check: () => Promise<boolean>, seconds: number, what: string): Promise<number> {
	const started = Date.now();
	while (!(await check())) {
		if (Date.now() - started > seconds * 1000) throw new Error(`${what} did not happen within ${seconds} s`);
		await sleep(25);
	}
	return Date.now() - started;
}
