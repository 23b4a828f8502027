/**
 * Bad input never throws out of an entry point: each case becomes one IngestFailure with a short
 * human reason, and a batch (JSONL) goes on without the bad part.
 */
import { mkdirSync, openSync, closeSync, ftruncateSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestBytes, ingestPath } from '../../src/ingest/index.js';
import { readStream } from '../../src/ingest/read-stream.js';
import { onlyArticle, onlyFailure, tempDirectory, removeTemp, utf8, writeTemp } from './ingest-helpers.js';

afterAll(removeTemp);

describe('files that cannot be read', () => {
  it('a missing file', async () => {
    const path = join(tempDirectory(), 'does-not-exist.txt');
    expect(onlyFailure(await ingestPath(path))).toEqual({ source: path, reason: 'no such file' });
  });

  it('a path through a file', async () => {
    const path = join(writeTemp('plain-file.txt', 'x'), 'child.txt');
    expect(onlyFailure(await ingestPath(path)).reason).toBe('no such file');
  });

  it('a directory', async () => {
    const dir = join(tempDirectory(), 'a-directory');
    mkdirSync(dir, { recursive: true });
    expect(onlyFailure(await ingestPath(dir))).toEqual({ source: dir, reason: 'is a directory' });
  });

  it('an empty path', async () => {
    expect(onlyFailure(await ingestPath('')).reason).toBe('no path given');
  });
});

describe('contents that are not an article', () => {
  it('an empty file', async () => {
    expect(onlyFailure(await ingestPath(writeTemp('empty.txt', ''))).reason).toBe('empty file');
    expect(onlyFailure(ingestBytes(new Uint8Array(0), 'mem')).reason).toBe('empty file');
  });

  it('a file of white space only', async () => {
    expect(onlyFailure(await ingestPath(writeTemp('blank.txt', ' \n\t\n'))).reason).toBe('no text (only white space)');
  });

  it('a file whose only lines are credits', () => {
    expect(onlyFailure(ingestBytes(utf8('Фото: Ақорда\n\n【编译：阿遥】\n'), 'credits.txt', { ext: 'txt' })).reason).toBe('no text');
  });

  it('a binary file with NUL bytes in the first 8 KB', async () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(onlyFailure(await ingestPath(writeTemp('image.png', bytes))).reason).toBe('binary file (NUL bytes)');
  });

  it('bytes without NULs that decode to control characters', () => {
    const bytes = new Uint8Array(512).map((_, i) => 1 + (i % 8));
    expect(onlyFailure(ingestBytes(bytes, 'noise.bin')).reason).toBe('binary file (undecodable)');
  });

  it('an HTML page with no text at all', () => {
    const page = '<!DOCTYPE html><html><head><title>Only a title</title></head><body><script>x()</script></body></html>';
    expect(onlyFailure(ingestBytes(utf8(page), 'p.html', { ext: 'html' })).reason).toBe('no text');
  });

  it('HTML nested thousands of levels deep (unclosed tags) still yields its text', () => {
    const deep = `<html><head><title>Deep</title></head><body>${'<div><font>'.repeat(5000)}Fictional deep text`;
    const article = onlyArticle(ingestBytes(utf8(deep), 'deep.html', { ext: '.html' }));
    expect(article).toMatchObject({ title: 'Deep', body: 'Fictional deep text' });
  });

  it('a stray quote in the <html> tag does not swallow the page', () => {
    const page = '<html lang="><body><p>Fictional text after a stray quote.</p></body></html>';
    expect(onlyArticle(ingestBytes(utf8(page), 'q.html', { ext: '.html' })).body).toBe('Fictional text after a stray quote.');
  });

  it('malformed HTML still yields its text', () => {
    const article = onlyArticle(ingestBytes(utf8('<p>Fictional <b>text</i> survives</div></p></body>'), 'm.htm', { ext: '.htm' }));
    expect(article.body).toBe('Fictional text survives');
  });
});

describe('size limit', () => {
  it('checks the size with stat before reading: 63.2 MB > 50 MB', async () => {
    const path = join(tempDirectory(), 'huge.txt');
    const fd = openSync(path, 'w');
    // A sparse file: the size is real, the disk blocks are not.
    ftruncateSync(fd, Math.round(63.2 * 1024 * 1024));
    closeSync(fd);
    expect(onlyFailure(await ingestPath(path))).toEqual({ source: path, reason: 'file too large (63.2 MB > 50 MB)' });
  });

  it('honours maxBytes for paths and for bytes', async () => {
    const path = writeTemp('small.txt', 'A fictional report of some length.');
    expect(onlyFailure(await ingestPath(path, { maxBytes: 10 })).reason).toBe('file too large (34 bytes > 10 bytes)');
    expect(onlyFailure(ingestBytes(utf8('x'.repeat(2048)), 'mem', { maxBytes: 1024 })).reason).toBe('file too large (2 KB > 1 KB)');
  });

  it('stops reading a stream (stdin) once it passes the limit', async () => {
    const read = await readStream(Readable.from([Buffer.alloc(600), Buffer.alloc(600), Buffer.alloc(600)]), 1000);
    expect(read).toEqual({ ok: false, size: 1200 });
    const whole = await readStream(Readable.from([Buffer.from('ab'), 'cd']), 1000);
    expect(whole.ok && Buffer.from(whole.bytes).toString()).toBe('abcd');
  });
});

describe('entry points never throw', () => {
  it('even when handed something that is not bytes', () => {
    expect(onlyFailure(ingestBytes('text' as unknown as Uint8Array, 'wrong')).reason).toBe('not bytes');
  });
});
