// `drafter serve` as a user starts it: a real port (127.0.0.1:0), a real upload, and SIGTERM.
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/cli.js';

const NOTES = [
  '## Trainee focus group',
  '- Trainees say weekly mentor meetings always happen; targets specific and reviewed',
  '- 3 of 8 trainees had no second placement arranged by March',
  '- Safeguarding training completed by all trainees in induction week',
].join('\n');

let root: string | undefined;
afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

describe('drafter serve', () => {
  it('serves the page and a draft on a free port, then stops cleanly on SIGTERM', async () => {
    root = await mkdtemp(join(tmpdir(), 'drafter-serve-cli-'));
    const child = spawn(process.execPath, ['--import', 'tsx', `${projectRoot}src/cli/main.ts`, 'serve', '--port', '0', '--corpus', join(root, 'corpus'), '--out', join(root, 'out')], {
      cwd: projectRoot,
      env: { ...process.env, DOTENV_CONFIG_QUIET: 'true', REDIS_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    try {
      const address = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no address after 30 s: ${stderr}`)), 30_000);
        child.stdout.on('data', () => {
          const match = /serving (http:\/\/127\.0\.0\.1:\d+)\//.exec(stdout);
          if (match) {
            clearTimeout(timer);
            resolve(match[1]!);
          }
        });
        child.on('close', () => reject(new Error(`exited early: ${stderr}`)));
      });

      const page = await fetch(`${address}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<option value="iqts"');

      const body = new FormData();
      body.append('framework', 'iqts');
      body.append('provider', 'Fenwick SCITT');
      body.append('notesFile', new Blob([NOTES], { type: 'text/markdown' }), 'notes.md');
      const draft = await fetch(`${address}/api/draft`, { method: 'POST', body });
      expect(draft.status).toBe(200);
      expect(draft.headers.get('content-disposition')).toContain('Fenwick SCITT draft report.docx');
      const bytes = Buffer.from(await draft.arrayBuffer());
      expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
      expect(await readdir(join(root, 'out'))).toHaveLength(1);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(stderr).toContain('drafter serve: SIGTERM');
    expect(stderr).toContain('drafter serve: stopped');
    // Access lines only: nothing from the notes or the form.
    expect(stderr).not.toMatch(/Fenwick|Safeguarding|notes\.md/);
  });

  it('explains a busy port in one line', async () => {
    const { createServer } = await import('node:net');
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const { runCli } = await import('../helpers/cli.js');
      const result = await runCli(['serve', '--port', String(port), '--out', join(tmpdir(), 'drafter-serve-busy')]);
      expect(result.code).toBe(1);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(/^drafter: \[invalid-argument\] cannot listen on 127\.0\.0\.1:\d+ \(EADDRINUSE\)/);
    } finally {
      blocker.close();
    }
  });
});
