/** Path helpers that work for both separators: the renderer cannot import Node's path module. */

/** The folder part of a path, with its trailing separator ("/a/b/c.json" -> "/a/b/"). */
export function folderOf(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut === -1 ? '' : path.slice(0, cut + 1);
}

/** Characters no common file system accepts in a name are replaced, so a suggested name is usable as is. */
export function safeFileName(name: string): string {
  const cleaned = name.replace(/[/\\:*?"<>|]/g, '-').trim();
  return cleaned.length > 0 ? cleaned.slice(0, 120) : 'workspace';
}
