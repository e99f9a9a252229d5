// The indexer's HTTP API: history, the members' directory, claims with their descriptions,
// proposals, and the memo store.

import { blake2AsHex } from '@polkadot/util-crypto';

export class Indexer {
	constructor(url) {
		this.url = url.replace(/\/$/, '');
	}

	async get(path) {
		const res = await fetch(`${this.url}${path}`);
		const body = await res.json();
		if (!res.ok) throw new Error(body.error ?? `indexer: ${res.status}`);
		return body;
	}

	history(address, query = '') { return this.get(`/accounts/${address}/history${query}`); }
	account(address) { return this.get(`/accounts/${address}`); }
	searchMembers(search) { return this.get(`/members?search=${encodeURIComponent(search)}&limit=20`); }
	coops() { return this.get('/coops'); }
	claims(coop, status = 'pending') { return this.get(`/coops/${coop}/claims?status=${status}`); }
	proposals(body) { return this.get(`/proposals?body=${encodeURIComponent(body)}`); }
	proposal(id) { return this.get(`/proposals/${id}`); }
	balanceSeries(address) { return this.get(`/accounts/${address}/balance`); }
	hoursSeries(address) { return this.get(`/accounts/${address}/hours`); }
	csvUrl(address) { return `${this.url}/accounts/${address}/export.csv`; }

	/** Puts a claim's description in the memo store; returns its hash (the claim's memo). */
	async putMemo(description) {
		const hash = blake2AsHex(new TextEncoder().encode(description), 256);
		const res = await fetch(`${this.url}/memos/${hash}`, { method: 'PUT', body: description, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
		if (![200, 201, 202].includes(res.status)) throw new Error((await res.json()).error);
		return hash;
	}
}

export const memoOf = (description) => blake2AsHex(new TextEncoder().encode(description), 256);
