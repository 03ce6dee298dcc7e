// World edits: every change a preset or a learner makes to the world, as plain serialisable data
// (editKinds.ts), and `applyEdits`, the one function that turns a list of them into a new World.
// What each kind does is its record's `apply` (editKinds.ts).
import { kindOf, subjectOf, type WorldEdit } from './editKinds';
import type { World } from './world';

export type { DmarcEdit, DomainEdit, MailboxEdit, Reach, SpfEdit, WorldEdit } from './editKinds';
export { MIB } from './editFields';

/**
 * One spelling per name: host names and domains are case-insensitive (RFC 1035 §2.3.3), and so are
 * local parts at every provider of this world (as at most real ones), so `Bob@example.org` and
 * `bob@example.org` are one mailbox for an edit, as they are for delivery.
 */
export function normalised(edit: WorldEdit): WorldEdit {
  const subject = kindOf(edit.kind).subject;
  const named = subject === null ? edit : ({ ...edit, [subject]: subjectOf(edit)?.toLowerCase() } as WorldEdit);
  return named.kind === 'alias' && named.value !== null ? { ...named, value: named.value.toLowerCase() } : named;
}

/** One edit applied to a world; the world is never changed in place. */
export const applyEdit = (world: World, edit: WorldEdit): World => kindOf(edit.kind).apply(world, normalised(edit));

export const applyEdits = (world: World, edits: readonly WorldEdit[]): World => edits.reduce(applyEdit, world);

/** What an edit changes: a later edit with the same target replaces an earlier one in a list. */
export function editTarget(edit: WorldEdit): string {
  const subject = subjectOf(normalised(edit));
  return subject === null ? edit.kind : `${edit.kind}:${subject}`;
}

/** Adds an edit to a list, replacing an earlier edit of the same thing. */
export function withEdit(edits: readonly WorldEdit[], edit: WorldEdit): WorldEdit[] {
  const target = editTarget(edit);
  return [...edits.filter((e) => editTarget(e) !== target), normalised(edit)];
}
