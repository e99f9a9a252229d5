// What each proposal form builds: from the form's fields, the call and a sentence about
// it, or an error that says what is wrong. Checks the chain would make are made here
// first, so a proposal that could only fail is never put to a vote.

import { blake2AsHex } from '@polkadot/util-crypto';

import { coopMembers, decodeCall, identityOf, parseAddress, poolBalance, thresholds } from './calls.js';
import { decimal, parseAmount, short } from './format.js';

/** The forms a co-op's members can propose from, and a co-op's delegate for the federation. */
export const COOP_KINDS = {
	spend: 'spend from the pool',
	invite: 'invite a member',
	terms: "change the co-op's terms",
	thresholds: 'change the thresholds',
	delegate: 'name the delegate',
	expert: 'any call (hex)',
};
export const FEDERATION_KINDS = {
	admit: 'admit a co-op',
	suspend: 'suspend a co-op',
	resume: 'resume a co-op',
	addValidator: 'add a validator',
	removeValidator: 'remove a validator',
	policy: 'set the policy',
	thresholds: 'change the thresholds',
	upgrade: 'authorise a runtime upgrade',
	expert: 'any call (hex)',
};

/** The policy's fields as the form shows them: HOUR as decimals, blocks as blocks. */
export function policyForm(policy) {
	const cap = policy.balanceCap.isSome ? decimal(policy.balanceCap.unwrap().toBigInt()) : '';
	return {
		rate: decimal(policy.rate.toBigInt()),
		minRate: decimal(policy.minRate.toBigInt()),
		maxRate: decimal(policy.maxRate.toBigInt()),
		maxMinutesPerDay: String(policy.maxMinutesPerDay.toNumber()),
		maxMinutesPerWeek: String(policy.maxMinutesPerWeek.toNumber()),
		maxClaimAgeDays: String(policy.maxClaimAgeDays.toNumber()),
		claimTtl: String(policy.claimTtl.toNumber()),
		approvalsRequired: String(policy.approvalsRequired.toNumber()),
		balanceCap: cap,
		claimRetention: String(policy.claimRetention.toNumber()),
	};
}

const whole = (text, what, min = 0) => {
	const n = Number(text);
	if (!Number.isInteger(n) || n < min) throw new Error(`${what} is a whole number, at least ${min}`);
	return n;
};
const hour = (text, what) => {
	const amount = parseAmount(text);
	if (!amount) throw new Error(`${what}: give an amount in HOUR, like 1.5`);
	return amount;
};
const addressOf = (text, what) => {
	const a = parseAddress(text);
	if (!a) throw new Error(`"${text}" is not an address: paste ${what}'s address (it starts with 5)`);
	return a;
};

/** The hash the chain authorises an upgrade by: blake2_256 of the wasm's bytes. */
export const codeHash = (bytes) => blake2AsHex(bytes, 256);

/**
 * `{ call, text }` for the form `kind`. `ctx`: `{ api, body, coop, coopName, pools, f, wasm }`,
 * `body` being `'federation'` or a co-op's id as text, `wasm` the picked file's bytes.
 */
export async function buildProposal(kind, ctx) {
	const { api, body, coop, coopName, pools, f } = ctx;
	const bodyName = body === 'federation' ? 'the federation' : coopName(coop);
	switch (kind) {
		case 'spend': {
			const to = addressOf(f.to, 'the recipient');
			const amount = hour(f.amount, 'The amount');
			const pool = pools.find((c) => c.id === coop)?.pool;
			const held = pool ? await poolBalance(api, pool) : 0n;
			if (amount > held) throw new Error(`The pool of ${coopName(coop)} holds only ${decimal(held)} HOUR: it cannot spend ${decimal(amount)}`);
			return { call: api.tx.hours.spend(coop, to, amount), text: `Pay ${decimal(amount)} HOUR from the pool of ${coopName(coop)} (it holds ${decimal(held)}) to ${short(to)}.` };
		}
		case 'invite': {
			const who = addressOf(f.address, 'the invitee');
			const identity = identityOf(f.identity);
			if (!identity || !f.name.trim()) throw new Error('Give their name and identity commitment (or the evidence to hash)');
			return { call: api.tx.registry.addMember(coop, who, identity, f.name.trim()), text: `Invite ${f.name.trim()} (${short(who)}) to ${coopName(coop)} as a Member.` };
		}
		case 'terms': {
			const policy = await api.query.hours.policy();
			const rate = hour(f.rate, 'The rate');
			const [min, max] = [policy.minRate.toBigInt(), policy.maxRate.toBigInt()];
			if (rate < min || rate > max) throw new Error(`The policy allows a rate of ${decimal(min)} to ${decimal(max)} HOUR an hour`);
			const least = policy.approvalsRequired.toNumber();
			const approvals = whole(f.approvals, 'The approvals a claim needs', least);
			return { call: api.tx.hours.setCoopTerms(coop, rate, approvals), text: `Pay ${decimal(rate)} HOUR for an hour of work at ${coopName(coop)}, each claim needing ${approvals} approval${approvals === 1 ? '' : 's'}.` };
		}
		case 'thresholds': {
			const t = { quorum: Number(f.quorum), approval: Number(f.approval), periodMinutes: Number(f.period), deliberationMinutes: Number(f.deliberation) };
			if (!(t.quorum >= 10 && t.quorum <= 100)) throw new Error('The quorum is 10 % to 100 %');
			if (!(t.approval >= 50 && t.approval <= 100)) throw new Error('The approval is 50 % to 100 % (a tie never passes)');
			if (!(t.periodMinutes >= 10 && t.periodMinutes <= 90 * 1440)) throw new Error('The voting period is 10 minutes to 90 days');
			if (!(t.deliberationMinutes >= 10 && t.deliberationMinutes <= t.periodMinutes)) throw new Error('The deliberation is 10 minutes to the voting period');
			const target = body === 'federation' ? 'Federation' : { Coop: coop };
			return { call: api.tx.daco.setThresholds(target, thresholds(t)), text: `Set the thresholds of ${bodyName}: quorum ${t.quorum} %, approval ${t.approval} %, ${t.periodMinutes} minutes to vote, ${t.deliberationMinutes} minutes to deliberate.` };
		}
		case 'delegate': {
			if (!f.address.trim()) return { call: api.tx.daco.setDelegate(coop, null), text: `Clear the delegate of ${coopName(coop)}: only its own vote then speaks for it in the federation.` };
			const who = addressOf(f.address, 'the delegate');
			const admin = (await coopMembers(api, coop)).find((m) => m.address === who && m.role === 'Admin');
			if (!admin) throw new Error(`The delegate must be an admin of ${coopName(coop)}`);
			return { call: api.tx.daco.setDelegate(coop, who), text: `Name ${admin.name || short(who)} to cast the vote of ${coopName(coop)} in the federation.` };
		}
		case 'admit': {
			const who = addressOf(f.address, 'the founding admin');
			const identity = identityOf(f.identity);
			if (!f.coop.trim() || !f.name.trim() || !identity) throw new Error("Give the co-op's name, and its first admin's name and identity");
			return { call: api.tx.registry.registerCoop(f.coop.trim(), [{ account: who, identity, name: f.name.trim() }]), text: `Admit the co-op "${f.coop.trim()}" with ${f.name.trim()} (${short(who)}) as its first admin (two thirds of all co-ops must vote aye).` };
		}
		case 'suspend':
		case 'resume': {
			if (f.coop === '') throw new Error('Choose the co-op');
			const id = Number(f.coop);
			const call = kind === 'suspend' ? api.tx.registry.suspendCoop(id) : api.tx.registry.resumeCoop(id);
			const text = kind === 'suspend'
				? `Suspend ${coopName(id)}: it admits nobody, changes no roles and has no vote in the federation until resumed; its members keep everything.`
				: `Resume ${coopName(id)}.`;
			return { call, text };
		}
		case 'addValidator': {
			const who = addressOf(f.address, 'the validator');
			if (f.coop === '') throw new Error('Choose the co-op that runs the node');
			return { call: api.tx.validators.addValidator(who, Number(f.coop)), text: `Add ${short(who)}, run by ${coopName(Number(f.coop))}, to the validators.` };
		}
		case 'removeValidator': {
			const who = addressOf(f.address, 'the validator');
			return { call: api.tx.validators.removeValidator(who), text: `Remove ${short(who)} from the validators.` };
		}
		case 'policy': {
			const p = f.policy;
			const cap = p.balanceCap.trim() ? hour(p.balanceCap, 'The balance cap') : null;
			const policy = {
				rate: hour(p.rate, 'The rate'), minRate: hour(p.minRate, 'The lowest rate'), maxRate: hour(p.maxRate, 'The highest rate'),
				maxMinutesPerDay: whole(p.maxMinutesPerDay, 'Minutes a day', 1), maxMinutesPerWeek: whole(p.maxMinutesPerWeek, 'Minutes a week', 1),
				maxClaimAgeDays: whole(p.maxClaimAgeDays, 'Days back a claim may be logged'), claimTtl: whole(p.claimTtl, 'Blocks a claim waits', 1),
				approvalsRequired: whole(p.approvalsRequired, 'Approvals a claim needs', 1), balanceCap: cap, claimRetention: whole(p.claimRetention, 'Blocks a decided claim is kept', 1),
			};
			if (!(policy.minRate <= policy.rate && policy.rate <= policy.maxRate)) throw new Error('The rate must lie between the lowest and the highest rate');
			if (policy.maxMinutesPerDay > 1440 || policy.maxMinutesPerDay > policy.maxMinutesPerWeek || policy.maxMinutesPerWeek > 7 * 1440) throw new Error('Minutes a day are at most 1440 and at most the minutes a week, which are at most 10080');
			return {
				call: api.tx.hours.setPolicy(policy),
				text: `Set the policy: ${decimal(policy.rate)} HOUR an hour (co-ops may choose ${decimal(policy.minRate)} to ${decimal(policy.maxRate)}), at most ${policy.maxMinutesPerDay} minutes a day and ${policy.maxMinutesPerWeek} a week, claims up to ${policy.maxClaimAgeDays} days back, ${policy.approvalsRequired} approval${policy.approvalsRequired === 1 ? '' : 's'} at least, ${cap === null ? 'no balance cap' : `a balance cap of ${decimal(cap)} HOUR`}.`,
			};
		}
		case 'upgrade': {
			if (!ctx.wasm?.length) throw new Error('Pick the runtime\'s wasm file (…compact.compressed.wasm)');
			const hash = codeHash(ctx.wasm);
			const authorise = api.tx.daco.enactAsRoot(api.tx.system.authorizeUpgrade(hash));
			return { call: authorise, text: `Authorise the runtime upgrade whose code hashes to ${hash} (${ctx.wasm.length.toLocaleString()} bytes). Once passed, anyone applies it with the same file.` };
		}
		default: {
			const call = decodeCall(api, f.hex);
			return { call, text: `Run ${call.section}.${call.method} with the vote of ${bodyName}.` };
		}
	}
}
