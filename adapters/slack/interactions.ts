import type { App, types } from '@slack/bolt';
import type { InboundInput } from '../../src/engine/inbound.js';
import { CHECKLIST_CALLBACK, checklistModal, readTicks } from './checklist-modal.js';
import { markAnswered, refusalFor, refuse, runTurn } from './deliver.js';
import type { ListenerDeps, Work } from './listeners.js';
import { FORM_CALLBACK, emptyFormErrors, formModal, promptAbove, readForm } from './modal.js';
import { SHARED, decodeChecklist, decodeChoice, decodeForm, decodeModalMeta, decodeQuestionBlock, mayUse } from './owner.js';
import type { Control, ModalMeta, Owner } from './owner.js';
import type { Block } from './render-blocks.js';
import { CHECKLIST_BUTTON_ACTION, CHOICE_ACTION, FORM_BUTTON_ACTION, SELECT_ACTION } from './render-blocks.js';
import {
  actionSchema,
  blockActionsSchema,
  choiceInbound,
  choicesInbound,
  eventIds,
  formInbound,
  nameOf,
  placeOfClick,
  tenantFrom,
  viewSubmissionSchema,
} from './to-inbound.js';
import type { ActingUser, Origin, Place, SlackAction } from './to-inbound.js';

/** Owner, step (and awaited member) and choice of a clicked button (all in its value) or a picked menu option (all but the choice on its block). */
function ownedChoice(action: SlackAction) {
  if (action.type === 'button') return decodeChoice(action.value);
  const question = decodeQuestionBlock(action.block_id);
  return question && { ...question, choiceId: action.selected_option.value };
}

/** The event's origin; a shared conversation's control makes it the conversation's, with the member's name. */
const originOf = (owner: Owner, base: Omit<Origin, 'sharedAs'>, user: ActingUser): Origin => (owner === SHARED ? { ...base, sharedAs: nameOf(user) } : base);

/** What a submitted modal gave: an answer for the engine, errors to show in the modal, or nothing that is ours. */
type Submitted<T> = { answer: T } | { errors: Record<string, string> } | undefined;

/**
 * Clicks and modal submissions, each acknowledged first. A control carries its owner: someone
 * else's gets a private refusal before the engine hears of it, and a shared conversation's goes
 * to the engine for anyone, which knows whose turn it is, unless it names the member its question
 * waits for and the clicker is someone else. A submission goes to the engine, which refuses it
 * too when it is not the awaited member's.
 */
export function registerInteractions(app: App, deps: ListenerDeps, work: Work): void {
  const { logger } = deps;

  // A button or menu under a question.
  const onChoice: Parameters<App['action']>[1] = async ({ ack, body, context, client }) => {
    await ack();
    await work('choice', async () => {
      const b = blockActionsSchema.safeParse(body);
      const a = b.success ? actionSchema.safeParse(b.data.actions[0]) : undefined;
      const tenant = tenantFrom(context);
      if (!b.success || !a?.success || !tenant) return;
      const action = a.data;
      const owned = ownedChoice(action);
      const place = placeOfClick(b.data);
      if (!owned || !place) return;
      const clicker = b.data.user;
      const refusal = refusalFor(owned, clicker.id);
      if (refusal) {
        await refuse(client, place, clicker.id, refusal);
        return;
      }
      const o = originOf(owned.owner, { tenant, user: clicker.id, place, eventId: eventIds.click(clicker.id, action.action_ts) }, clicker);
      const label = action.type === 'button' ? action.text.text : action.selected_option.text.text;
      const message = b.data.message;
      // The buttons are replaced only once the engine has taken the click: a refused or stale one stays as it was.
      const onTaken = message ? () => markAnswered(client, logger, { channel: place.channel, ...message }, { blockId: action.block_id, label, by: o.sharedAs }) : undefined;
      await runTurn(deps, { client, place, owner: owned.owner, triggerId: b.data.trigger_id, onTaken }, choiceInbound(o, owned.stepId, owned.choiceId));
    });
  };
  app.action(CHOICE_ACTION, onChoice);
  app.action(SELECT_ACTION, onChoice);

  /** A button that opens a modal, built from the button's value: at once, on the click's trigger, with no I/O before it. */
  const opensModal =
    <T extends Control>(name: string, decode: (raw: string | undefined) => T | undefined, view: (value: T, prompt: Block[], meta: ModalMeta) => types.ModalView): Parameters<App['action']>[1] =>
    async ({ ack, body, client }) => {
      await ack();
      await work(name, async () => {
        const b = blockActionsSchema.safeParse(body);
        const a = b.success ? actionSchema.safeParse(b.data.actions[0]) : undefined;
        if (!b.success || !a?.success || a.data.type !== 'button') return;
        const value = decode(a.data.value);
        const place = placeOfClick(b.data);
        if (!value || !place) return;
        // Refused before the modal opens: a form the engine would refuse only wastes the member's typing.
        const refusal = refusalFor(value, b.data.user.id);
        if (refusal) {
          await refuse(client, place, b.data.user.id, refusal);
          return;
        }
        const meta: ModalMeta = { owner: value.owner, stepId: value.stepId, channel: place.channel, ...(place.threadTs ? { threadTs: place.threadTs } : {}), fieldIds: [] };
        await client.views.open({ trigger_id: b.data.trigger_id, view: view(value, promptAbove(b.data.message?.blocks, a.data.block_id), meta) });
      });
    };
  app.action(
    FORM_BUTTON_ACTION,
    opensModal('form button', decodeForm, (form, prompt, meta) => formModal({ prompt, fields: form.fields, meta: { ...meta, fieldIds: form.fields.map((f) => f.id) } })),
  );
  app.action(
    CHECKLIST_BUTTON_ACTION,
    opensModal('checklist button', decodeChecklist, (list, prompt, meta) => checklistModal({ prompt, items: list.items, meta })),
  );

  /** A modal's submission: read, checked (errors go back into the modal), acknowledged, then a turn. */
  const submitted =
    <T,>(name: string, read: (values: unknown, meta: ModalMeta) => Submitted<T>, toInbound: (o: Origin, stepId: string, answer: T) => InboundInput): Parameters<App['view']>[1] =>
    async ({ ack, body, context, client }) => {
      const parsed = viewSubmissionSchema.safeParse(body);
      const meta = parsed.success ? decodeModalMeta(parsed.data.view.private_metadata) : undefined;
      const tenant = tenantFrom(context);
      const got = parsed.success && meta && tenant && mayUse(meta.owner, parsed.data.user.id) ? read(parsed.data.view.state.values, meta) : undefined;
      if (!parsed.success || !meta || !tenant || !got) {
        await ack();
        return;
      }
      if ('errors' in got) {
        await ack({ response_action: 'errors', errors: got.errors });
        return;
      }
      await ack();
      await work(name, async () => {
        const user = parsed.data.user;
        const place: Place = meta.threadTs ? { channel: meta.channel, threadTs: meta.threadTs } : { channel: meta.channel };
        const o = originOf(meta.owner, { tenant, user: user.id, place, eventId: eventIds.submission(parsed.data.view.id) }, user);
        await runTurn(deps, { client, place, owner: meta.owner }, toInbound(o, meta.stepId, got.answer));
      });
    };
  app.view(
    FORM_CALLBACK,
    submitted(
      'form',
      (values, meta) => {
        const fields = readForm(values, meta.fieldIds);
        return fields ? { answer: fields } : { errors: emptyFormErrors(meta.fieldIds) };
      },
      formInbound,
    ),
  );
  app.view(
    CHECKLIST_CALLBACK,
    submitted(
      'checklist',
      (values) => {
        const ticks = readTicks(values);
        return ticks && { answer: ticks };
      },
      choicesInbound,
    ),
  );
}
