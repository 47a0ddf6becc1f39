import { useEditor, type Editor } from '@tiptap/react';
import { useEffect, useRef } from 'react';
import { documentExtensions } from '../../../kernel/richText/documentSchema';
import { sanitizeRichHtml } from '../../../kernel/richText/sanitizeHtml';
import { StrategyBlock } from './extensions/strategyBlockNode';
import { withoutPendingUploads } from './pendingUploads';

const COMMIT_DELAY_MS = 600;

/**
 * The Tiptap editor for one document body. Typing stays in the editor (its own undo history);
 * the HTML is committed to the workspace after a short pause, on blur and when the view goes
 * away, so nothing typed is lost. A body changed from outside (workspace undo, restoring a
 * version) is loaded into the editor.
 */
export function useBodyEditor(options: {
  bodyHtml: string;
  editable: boolean;
  placeholder: string;
  commit: (html: string) => void;
  onImageUpload: (file: File) => Promise<string>;
  onImageUploadError: (file: File, error: unknown) => void;
}): Editor | null {
  const { bodyHtml, editable, commit } = options;
  const committed = useRef(bodyHtml);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const commitRef = useRef(commit);
  useEffect(() => { commitRef.current = commit; }, [commit]);

  const editor = useEditor({
    extensions: documentExtensions({ ...options, strategyBlock: StrategyBlock }),
    content: sanitizeRichHtml(bodyHtml),
    editable,
    immediatelyRender: true,
    shouldRerenderOnTransaction: true,
    editorProps: {
      transformPastedHTML: (html) => sanitizeRichHtml(html),
      attributes: { 'aria-multiline': 'true', role: 'textbox' },
    },
    onUpdate: ({ editor: current }) => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => flush(current), COMMIT_DELAY_MS);
    },
    onBlur: ({ editor: current }) => flush(current),
  });

  function flush(current: Editor) {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (current.isDestroyed) return;
    const html = withoutPendingUploads(current.getHTML());
    if (html === committed.current) return;
    committed.current = html;
    commitRef.current(html);
  }

  // Commit what is pending when the document view closes.
  useEffect(() => () => {
    if (editor && timer.current) flush(editor);
  }, [editor]);

  // Changed from outside: take it over unless it is what we committed ourselves.
  useEffect(() => {
    if (!editor || editor.isDestroyed || bodyHtml === committed.current) return;
    committed.current = bodyHtml;
    editor.commands.setContent(sanitizeRichHtml(bodyHtml), { emitUpdate: false });
  }, [editor, bodyHtml]);

  useEffect(() => {
    if (editor && !editor.isDestroyed && editor.isEditable !== editable) editor.setEditable(editable);
  }, [editor, editable]);

  return editor;
}
