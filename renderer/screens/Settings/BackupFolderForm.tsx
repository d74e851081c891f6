import { useState, type FormEvent } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { BackupSettings } from '../../../shared/contract';
import { BrowsePathButton } from '../../components/BrowsePathButton';
import { useNotifier } from '../../components/Notifier';
import { useApiMutation, useApiQuery } from '../../data';
import { validationIssues } from '../../errors';
import { useI18n, type MessageKey } from '../../i18n';

/** The folder's own refusals (the shared validation messages cover the rest). */
const FOLDER_PROBLEMS = new Set(['absolutePath', 'folderNotWritable']);

/** The backup folder as a full path (the same field in the desktop app and in browser mode). */
export function BackupFolderForm() {
  const settings = useApiQuery('backups:settings:get', {});
  const data = settings.data;
  // Keyed by the saved folder: a save (or "Use the default") starts the field from the new value.
  return <BackupFolderFields key={data?.folder ?? ''} settings={data ?? null} channel="backups:settings:set" />;
}

/**
 * The folder field, its save and "Use the default": for the file backups, or (`channel`
 * server-backups:folder:set, with its own hint) the practice server's backups on this workstation.
 */
export function BackupFolderFields({
  settings,
  channel,
  hint,
}: {
  settings: BackupSettings | null;
  channel: 'backups:settings:set' | 'server-backups:folder:set';
  hint?: string;
}) {
  const { t, validation } = useI18n();
  const { notify, reportError } = useNotifier();
  const save = useApiMutation(channel, { invalidates: [channel.split(':')[0]!] });
  const [folder, setFolder] = useState(settings?.folder ?? '');
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (value: string | null) => {
    setProblem(null);
    save.mutate(
      { folder: value },
      {
        onSuccess: () => notify(t('backups.folderSaved')),
        onError: (error) => {
          const issue = validationIssues(error)?.find((i) => i.path === 'folder');
          if (issue)
            setProblem(
              FOLDER_PROBLEMS.has(issue.message)
                ? t(`validation.${issue.message}` as MessageKey)
                : validation(issue.message),
            );
          else reportError(error);
        },
      },
    );
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    submit(folder);
  };

  return (
    <Box component="form" noValidate onSubmit={onSubmit}>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5} sx={{ alignItems: { sm: 'flex-start' } }}>
        <TextField
          label={t('backups.folder')}
          value={folder}
          onChange={(e) => setFolder(e.target.value)}
          error={problem !== null}
          helperText={problem ?? hint ?? t('backups.folderHint')}
          disabled={settings === null}
          fullWidth
          slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'monospace' } } }}
        />
        <BrowsePathButton
          kind="folder"
          text={t('backups.browse')}
          label={t('backups.browseFolder')}
          title={t('backups.chooseFolder')}
          current={() => folder}
          onChosen={(path) => {
            setFolder(path);
            setProblem(null);
          }}
          onError={reportError}
          disabled={save.isPending || settings === null}
          mt={1}
        />
        <Button
          type="submit"
          variant="outlined"
          disabled={save.isPending || settings === null}
          sx={{ mt: 1, flexShrink: 0, whiteSpace: 'nowrap' }}
        >
          {t('backups.saveFolder')}
        </Button>
        <Button
          onClick={() => submit(null)}
          disabled={save.isPending || settings === null || settings.folder === settings.defaultFolder}
          sx={{ mt: 1, flexShrink: 0 }}
        >
          {t('backups.useDefault')}
        </Button>
      </Stack>
    </Box>
  );
}
