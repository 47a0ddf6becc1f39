import { notifications } from '@mantine/notifications';
import { RichTextEditor } from '@mantine/tiptap';
import { useCallback } from 'react';
import './documentBody.css';
import { LIMITS } from '../../../../../shared/schema/primitives';
import { currentLanguage } from '../../../kernel/i18n/i18n';
import { useT } from '../../../kernel/i18n/typedT';
import { editorLabels } from './editorLabels';
import { formatBytes, ImageRejected, imageFileToDataUrl } from '../../../kernel/files/imageFile';
import { InsertStrategyBlockControl } from './InsertStrategyBlockControl';
import { useBodyEditor } from './useBodyEditor';

/** The document's rich-text body: toolbar, editor, and the strategy-block insert. */
export function DocumentBodyEditor({ bodyHtml, editable, onCommit }: { bodyHtml: string; editable: boolean; onCommit: (html: string) => void }) {
  const { t } = useT('documents');
  const language = currentLanguage();

  const commit = useCallback((html: string) => {
    if (html.length > LIMITS.richText) {
      notifications.show({ color: 'red', title: t('editor.imageError'), message: t('editor.bodyTooLarge', { size: formatBytes(html.length, language) }) });
      return;
    }
    onCommit(html);
  }, [onCommit, t, language]);

  const onImageUploadError = useCallback((_file: File, error: unknown) => {
    const problem = error instanceof ImageRejected ? error.problem : null;
    const message = problem?.reason === 'too-large'
      ? t('editor.imageTooLarge', { size: formatBytes(problem.size, language), limit: formatBytes(problem.limit, language) })
      : t('editor.notAnImage', { name: problem?.reason === 'not-an-image' ? problem.name : '' });
    notifications.show({ color: 'red', title: t('editor.imageError'), message, autoClose: 10_000 });
  }, [t, language]);

  const editor = useBodyEditor({
    bodyHtml,
    editable,
    placeholder: t('editor.placeholder'),
    commit,
    onImageUpload: imageFileToDataUrl,
    onImageUploadError,
  });

  return (
    <RichTextEditor editor={editor} labels={editorLabels(language)} onImageUpload={imageFileToDataUrl} onImageUploadError={onImageUploadError} aria-label={t('editor.label')}>
      {editable && (
        <RichTextEditor.Toolbar sticky stickyOffset={0}>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.Undo />
            <RichTextEditor.Redo />
          </RichTextEditor.ControlsGroup>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.H1 />
            <RichTextEditor.H2 />
            <RichTextEditor.H3 />
          </RichTextEditor.ControlsGroup>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.Bold />
            <RichTextEditor.Italic />
            <RichTextEditor.Underline />
            <RichTextEditor.Strikethrough />
            <RichTextEditor.Code />
            <RichTextEditor.ClearFormatting />
          </RichTextEditor.ControlsGroup>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.BulletList />
            <RichTextEditor.OrderedList />
            <RichTextEditor.Blockquote />
            <RichTextEditor.Hr />
          </RichTextEditor.ControlsGroup>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.Link />
            <RichTextEditor.Unlink />
          </RichTextEditor.ControlsGroup>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.TableInsert />
            <RichTextEditor.TableRowAfter />
            <RichTextEditor.TableColumnAfter />
            <RichTextEditor.TableRowDelete />
            <RichTextEditor.TableColumnDelete />
            <RichTextEditor.TableDelete />
          </RichTextEditor.ControlsGroup>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.ImageUpload accept="image/png,image/jpeg,image/gif,image/webp" />
            <InsertStrategyBlockControl />
          </RichTextEditor.ControlsGroup>
        </RichTextEditor.Toolbar>
      )}
      <RichTextEditor.Content className="document-body" />
    </RichTextEditor>
  );
}
