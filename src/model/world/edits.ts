// World edits: every change a preset or a learner makes to the world, as plain serialisable data
// (editKinds.ts), and `applyEdits`, the one function that turns a list of them into a new World.
// What each kind does is its record's `apply` (editKinds.ts).
import { kindOf, subjectOf, type WorldEdit } from './editKinds';
import type { World } from './world';

export type { DmarcEdit, DomainEdit, MailboxEdit, Reach, SpfEdit, WorldEdit } from './editKinds';
export { MIB } from './editFields';

/** One edit applied to a world; the world is never changed in place. */
export const applyEdit = (world: World, edit: WorldEdit): World => kindOf(edit.kind).apply(world, edit);

export const applyEdits = (world: World, edits: readonly WorldEdit[]): World => edits.reduce(applyEdit, world);

/** What an edit changes: a later edit with the same target replaces an earlier one in a list. */
export function editTarget(edit: WorldEdit): string {
  const subject = subjectOf(edit);
  return subject === null ? edit.kind : `${edit.kind}:${subject}`;
}

/** Adds an edit to a list, replacing an earlier edit of the same thing. */
export function withEdit(edits: readonly WorldEdit[], edit: WorldEdit): WorldEdit[] {
  const target = editTarget(edit);
  return [...edits.filter((e) => editTarget(e) !== target), edit];
}
