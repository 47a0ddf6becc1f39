/**
 * Incremental parser for a server-sent event stream (text/event-stream). The web-mode server
 * sends `data: <json>\n\n` frames and `: comment` heartbeats; chunks from the network can split
 * a frame anywhere, so we buffer until a blank line ends the event.
 */
export function createSseParser(onData: (data: string) => void): (chunk: string) => void {
  let buffer = '';
  let dataLines: string[] = [];

  const handleLine = (line: string) => {
    if (line === '') {
      if (dataLines.length > 0) onData(dataLines.join('\n'));
      dataLines = [];
      return;
    }
    if (line.startsWith(':')) return; // heartbeat / comment
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') dataLines.push(value);
    // "event", "id" and "retry" are not used by our server; ignoring them is allowed by the spec.
  };

  return (chunk: string) => {
    buffer += chunk;
    let newline = buffer.search(/\r\n|\r|\n/);
    while (newline !== -1) {
      const line = buffer.slice(0, newline);
      const width = buffer.startsWith('\r\n', newline) ? 2 : 1;
      // A lone "\r" at the very end may be the first half of "\r\n": wait for the next chunk.
      if (buffer[newline] === '\r' && width === 1 && newline === buffer.length - 1) break;
      buffer = buffer.slice(newline + width);
      handleLine(line);
      newline = buffer.search(/\r\n|\r|\n/);
    }
  };
}
