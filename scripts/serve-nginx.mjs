#!/usr/bin/env node
// Serves the built site with nginx under BASE_PATH on a loopback port, the way a static host
// would, until stopped. Its configuration, logs and pid file live in a temporary folder.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureTools } from './ensure-tools.mjs';
import { normaliseBase } from '../src/site/location.ts';

if (!process.env.E2E_PORT) throw new Error('serve-nginx.mjs needs E2E_PORT: the port to listen on (the test run picks a free one)');
const port = Number(process.env.E2E_PORT);
const base = normaliseBase(process.env.BASE_PATH);
const dist = resolve(process.argv[2] ?? 'dist');
const nginx = ensureTools().nginx;
const dir = mkdtempSync(join(tmpdir(), 'report-nginx-'));

// The site's own 404 page answers unknown paths under the base; requests outside it get a bare 404.
const location = base === '/' ? 'location / {' : `location ${base} {`;
const root = base === '/' ? `root ${dist};` : `alias ${dist}/;`;
writeFileSync(
	join(dir, 'nginx.conf'),
	`daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 64; }
http {
	include /etc/nginx/mime.types;
	types { application/x-bibtex bib; application/x-research-info-systems ris; text/csv csv; }
	default_type application/octet-stream;
	access_log off;
	client_body_temp_path ${dir}/body;
	proxy_temp_path ${dir}/proxy;
	fastcgi_temp_path ${dir}/fastcgi;
	uwsgi_temp_path ${dir}/uwsgi;
	scgi_temp_path ${dir}/scgi;
	gzip on;
	gzip_types text/css application/javascript application/json image/svg+xml text/csv application/xml text/plain application/x-bibtex application/x-research-info-systems;
	server {
		listen 127.0.0.1:${port};
		server_name localhost;
		absolute_redirect off;
		${location}
			${root}
			index index.html;
			try_files $uri $uri/ =404;
			error_page 404 ${base}404.html;
		}
		location = ${base}404.html { ${base === '/' ? `root ${dist};` : `alias ${dist}/404.html;`} internal; }
	}
}
`,
);
const server = spawn(nginx, ['-c', join(dir, 'nginx.conf'), '-p', dir], { stdio: 'inherit' });
console.log(`nginx serves ${dist} at http://127.0.0.1:${port}${base}`);
const stop = () => {
	server.kill('SIGQUIT');
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
server.on('exit', (code) => {
	rmSync(dir, { recursive: true, force: true });
	process.exit(code ?? 0);
});
