import type { FileEncoding } from '../custom-glossary/decode-file';
import { applyImport, previewImport, type ImportPreview } from '../custom-glossary/preview';
import { readImportFile } from '../custom-glossary/read-file';
import { estimateStoredBytes, formatBytes, MAX_FILE_BYTES, MAX_OWN_ENTRIES, measureRoom, type Room } from '../custom-glossary/room';
import { danishNumber } from '../glossary/limits';
import { nextTask } from '../tasks/slices';
import { readOwnEntries, saveOwnEntries, type OwnEntriesState } from './use-own-entries';

/** How much room an import takes and what is left: shown before anything is saved. */
export interface RoomCheck {
  /** About what the import adds to storage (negative when it frees room). */
  needed: number;
  room: Room;
  /** Own entries after the import. */
  count: number;
  /** Why the import does not fit, in Danish: then nothing is imported. */
  refusal?: string;
}

export interface PreparedImport {
  preview: ImportPreview;
  room?: RoomCheck;
  encoding?: FileEncoding;
}

/** Whether the import fits the room and the count; the refusal says both numbers. */
export function checkRoom(own: OwnEntriesState, preview: ImportPreview, room: Room): RoomCheck {
  const everyday = new Set(preview.everyday.map(({ id }) => id));
  const after = applyImport(own.entries, preview, everyday);
  const needed = estimateStoredBytes(after) - estimateStoredBytes(own.entries);
  const count = after.length + own.unusable.length;
  const check: RoomCheck = { needed, room, count };
  if (count > MAX_OWN_ENTRIES) {
    check.refusal = `Efter importen ville der være ${danishNumber(count)} egne opslag; der kan højst være ${danishNumber(MAX_OWN_ENTRIES)}. Intet er importeret.`;
  } else if (needed > room.free) {
    check.refusal = `Importen fylder ca. ${formatBytes(needed)}, men der er kun ${formatBytes(room.free)} tilbage af Metodelups ${formatBytes(room.budget)} på denne computer. Intet er importeret.`;
  }
  return check;
}

/**
 * Reads a chosen file and says what importing it would do, and whether it fits: nothing is saved.
 * The ids it checks against are the built-in ones (known from the build) and the organisation's
 * when they have been read: the check never waits for the policy store.
 */
export async function prepareImport(file: File, reserved: ReadonlySet<string>): Promise<PreparedImport> {
  if (file.size > MAX_FILE_BYTES) {
    const preview = previewImport(
      { fatal: `Filen fylder ${formatBytes(file.size)}; der kan højst indlæses ${formatBytes(MAX_FILE_BYTES)}.`, entries: [], invalid: [] },
      reserved,
      [],
    );
    return { preview };
  }
  const parsed = await readImportFile(file.name, new Uint8Array(await file.arrayBuffer()), nextTask);
  const own = await readOwnEntries(reserved);
  const preview = previewImport(parsed, reserved, own.entries);
  const encoding = parsed.encoding;
  if (preview.fatal) return { preview, ...(encoding ? { encoding } : {}) };
  return { preview, room: checkRoom(own, preview, await measureRoom()), ...(encoding ? { encoding } : {}) };
}

/**
 * Saves a previewed import: on the list as it is now, checked for room once more. Returns how many
 * entries were imported, or why nothing was.
 */
export async function confirmImport(
  preview: ImportPreview,
  reserved: ReadonlySet<string>,
  markAnyway: ReadonlySet<string>,
): Promise<{ imported: number } | { refusal: string }> {
  const own = await readOwnEntries(reserved);
  const room = checkRoom(own, preview, await measureRoom());
  if (room.refusal) return { refusal: room.refusal };
  const failed = await saveOwnEntries(applyImport(own.entries, preview, markAnyway), own.unusable);
  return failed ? { refusal: `${failed} Intet er importeret.` } : { imported: preview.added.length + preview.changed.length };
}
