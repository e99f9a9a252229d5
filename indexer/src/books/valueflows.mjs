// The books as Valueflows (https://valueflo.ws), in JSON-LD: approved work is a
// `vf:EconomicEvent` with action `work` and an effort in hours, a movement of HOUR one
// with action `transfer` and a resource quantity in HOUR; members are `vf:Person`, co-ops
// `vf:Organization`; HOUR minted for work is a `raise` of the member's (or pool's) HOUR. Identifiers are URNs under the chain's genesis hash, so two exports
// of the same chain name the same agents the same way.

import { isoTime } from '../http/time.mjs';

export const CONTEXT = {
	vf: 'https://w3id.org/valueflows/ont/vf#',
	om2: 'http://www.ontology-of-units-of-measure.org/resource/om-2/',
	xsd: 'http://www.w3.org/2001/XMLSchema#',
	rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
	'vf:hasPointInTime': { '@type': 'xsd:dateTime' },
};

export function valueflowsGraph({ genesisHash, coops, members, work, transfers }) {
	const urn = (kind, id) => `urn:coop-exchange:${genesisHash}:${kind}:${id}`;
	const agent = (accountOrPool) => {
		const coop = coops.find((c) => c.pool === accountOrPool);
		return coop ? urn('coop', coop.id) : urn('account', accountOrPool);
	};
	const graph = [
		{
			'@id': urn('resource', 'HOUR'),
			'@type': 'vf:ResourceSpecification',
			'vf:name': 'HOUR',
			'rdfs:comment': 'The Co-operative Exchange Token: one HOUR for one hour of approved work; not for sale.',
		},
		{ '@id': urn('unit', 'HOUR'), '@type': 'om2:Unit', 'om2:symbol': 'HOUR', 'rdfs:label': 'HOUR' },
		...coops.map((c) => ({ '@id': urn('coop', c.id), '@type': 'vf:Organization', 'vf:name': c.name, 'rdfs:seeAlso': urn('account', c.pool) })),
		...members.map((m) => ({ '@id': urn('account', m.account), '@type': 'vf:Person', 'vf:name': m.name })),
		...work.map((w) => ({
			'@id': urn('claim', w.id),
			'@type': 'vf:EconomicEvent',
			'vf:action': 'vf:work',
			'vf:provider': urn('account', w.claimant),
			'vf:receiver': urn('coop', w.coop),
			'vf:effortQuantity': { '@type': 'om2:Measure', 'om2:hasUnit': 'om2:hour', 'om2:hasNumericalValue': w.minutes / 60 },
			'vf:hasPointInTime': isoTime(w.time),
			'rdfs:comment': `work of ${new Date(w.day * 86_400_000).toISOString().slice(0, 10)}, approved in block ${w.decided_block}`,
		})),
		...transfers.map((t) => ({
			'@id': urn('event', `${t.block}-${t.event_index}`),
			'@type': 'vf:EconomicEvent',
			// HOUR that approved work made has no provider: the ledger raises the receiver's.
			'vf:action': t.from_account ? 'vf:transfer' : 'vf:raise',
			'vf:provider': agent(t.from_account ?? t.to_account),
			'vf:receiver': agent(t.to_account),
			'vf:resourceConformsTo': urn('resource', 'HOUR'),
			'vf:resourceQuantity': { '@type': 'om2:Measure', 'om2:hasUnit': urn('unit', 'HOUR'), 'om2:hasNumericalValue': t.amount / 1e6 },
			'vf:hasPointInTime': isoTime(t.time),
			'rdfs:comment': t.kind,
		})),
	];
	return { '@context': CONTEXT, '@graph': graph.map((node) => Object.fromEntries(Object.entries(node).filter(([, v]) => v !== null))) };
}
