// A strict check of a GeoJSON FeatureCollection (RFC 7946) as /zones.geojson writes it
// (tests/http/map.sh): node tests/opendata/geojson.mjs FILE [WEST SOUTH EAST NORTH]
// Every feature a Feature with an id, properties and a geometry that is null, a Point, a
// Polygon or a MultiPolygon; every position [longitude, latitude], two finite numbers within
// the ranges (and the bounding box when given, which catches [latitude, longitude]); every
// ring of at least 4 positions, closed. Prints one line per problem and exits 1 when there is
// one; else prints "ok N" (the number of features).
import { readFileSync } from 'node:fs';

const [file, ...box] = process.argv.slice(2);
const bbox = box.length === 4 ? box.map(Number) : null;
const problems = [];
const bad = (where, what) => problems.push(`${where}: ${what}`);

function position(p, where) {
	if (!Array.isArray(p) || p.length !== 2 || !p.every((n) => typeof n === 'number' && Number.isFinite(n)))
		return bad(where, `not [lon, lat] of two numbers: ${JSON.stringify(p)}`);
	const [lon, lat] = p;
	if (lon < -180 || lon > 180 || lat < -90 || lat > 90) return bad(where, `out of range: ${p}`);
	if (bbox && (lon < bbox[0] || lon > bbox[2] || lat < bbox[1] || lat > bbox[3]))
		bad(where, `outside the box ${bbox}: ${p}`);
}

function ring(r, where) {
	if (!Array.isArray(r) || r.length < 4) return bad(where, 'a ring of fewer than 4 positions');
	r.forEach((p, i) => position(p, `${where}[${i}]`));
	const a = r[0], b = r[r.length - 1];
	if (!Array.isArray(a) || !Array.isArray(b) || a[0] !== b[0] || a[1] !== b[1]) bad(where, 'ring not closed');
}

function polygon(rings, where) {
	if (!Array.isArray(rings) || rings.length === 0) return bad(where, 'a polygon without rings');
	rings.forEach((r, i) => ring(r, `${where}[${i}]`));
}

function geometry(g, where) {
	if (g === null) return;
	if (typeof g !== 'object' || Array.isArray(g)) return bad(where, 'geometry not an object');
	const keys = Object.keys(g).sort().join(',');
	if (keys !== 'coordinates,type') bad(where, `geometry members ${keys}`);
	switch (g.type) {
	case 'Point': return position(g.coordinates, `${where}.coordinates`);
	case 'Polygon': return polygon(g.coordinates, `${where}.coordinates`);
	case 'MultiPolygon':
		if (!Array.isArray(g.coordinates) || g.coordinates.length === 0) return bad(where, 'empty MultiPolygon');
		return g.coordinates.forEach((p, i) => polygon(p, `${where}.coordinates[${i}]`));
	default: return bad(where, `geometry type ${g.type}`);
	}
}

let doc;
try {
	doc = JSON.parse(readFileSync(file, 'utf8'));
} catch (e) {
	console.log(`not JSON: ${e.message}`);
	process.exit(1);
}
if (doc.type !== 'FeatureCollection' || !Array.isArray(doc.features)) bad('root', 'not a FeatureCollection');
const ids = new Set();
(doc.features || []).forEach((f, i) => {
	const where = `features[${i}]`;
	if (f.type !== 'Feature') bad(where, `type ${f.type}`);
	if (typeof f.id !== 'string' && typeof f.id !== 'number') bad(where, 'no id');
	if (ids.has(f.id)) bad(where, `id ${f.id} twice`);
	ids.add(f.id);
	if (!('geometry' in f)) bad(where, 'no geometry member');
	if (typeof f.properties !== 'object' || f.properties === null) bad(where, 'no properties');
	geometry(f.geometry, `${where}.geometry`);
});
for (const p of problems) console.log(p);
if (problems.length) process.exit(1);
console.log(`ok ${doc.features.length}`);
