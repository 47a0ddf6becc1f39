import { describe, expect, it } from 'vitest';
import { createSseParser } from './sseParser';

function collect(chunks: string[]): string[] {
  const out: string[] = [];
  const push = createSseParser((data) => out.push(data));
  for (const chunk of chunks) push(chunk);
  return out;
}

describe('createSseParser', () => {
  it('emits one event per blank-line-terminated frame', () => {
    expect(collect(['data: {"a":1}\n\ndata: {"b":2}\n\n'])).toEqual(['{"a":1}', '{"b":2}']);
  });

  it('handles frames split across chunks at any point', () => {
    const text = 'data: {"name":"saveStatus"}\n\n';
    for (let cut = 1; cut < text.length; cut += 1) {
      expect(collect([text.slice(0, cut), text.slice(cut)])).toEqual(['{"name":"saveStatus"}']);
    }
  });

  it('ignores comments and heartbeats', () => {
    expect(collect([': connected\n\n: ping\n\ndata: x\n\n'])).toEqual(['x']);
  });

  it('joins multi-line data and accepts CRLF line endings', () => {
    expect(collect(['data: one\r\ndata: two\r\n\r\n'])).toEqual(['one\ntwo']);
    expect(collect(['data: a\r', '\n\r', '\n'])).toEqual(['a']);
  });

  it('does not emit an unterminated frame', () => {
    expect(collect(['data: partial\n'])).toEqual([]);
  });
});
