import { getUploadImageExtension, Link } from '@mantine/tiptap';
import { Image } from '@tiptap/extension-image';
import { TableKit } from '@tiptap/extension-table';
import { Placeholder } from '@tiptap/extensions';
import { StarterKit } from '@tiptap/starter-kit';
import { Guidance } from './guidance';
import { StrategyBlockNode } from './strategyBlockNode';

/** The extensions that define what a document body can contain: the editor schema is the allowlist. */
export function documentExtensions(options: {
  placeholder: string;
  onImageUpload: (file: File) => Promise<string>;
  onImageUploadError: (file: File, error: unknown) => void;
  /** The strategy block as the caller shows it: the editor passes the node with its React view; parsing needs none. */
  strategyBlock?: typeof StrategyBlockNode;
}) {
  return [
    StarterKit.configure({ link: false, heading: { levels: [1, 2, 3, 4] } }),
    // Only web and mail links: javascript:, data: and the rest never become a link.
    Link.configure({ openOnClick: false, autolink: true, defaultProtocol: 'https', isAllowedUri: (url) => /^(https?:\/\/|mailto:)/i.test(url.trim()) }),
    TableKit.configure({ table: { resizable: false } }),
    getUploadImageExtension(Image.configure({ allowBase64: true }), {
      onImageUpload: options.onImageUpload,
      onImageUploadError: options.onImageUploadError,
    }),
    Guidance,
    Placeholder.configure({
      placeholder: ({ node }) => (typeof node.attrs.guidance === 'string' && node.attrs.guidance ? node.attrs.guidance : options.placeholder),
      showOnlyCurrent: false,
      includeChildren: false,
    }),
    options.strategyBlock ?? StrategyBlockNode,
  ];
}
