#!/usr/bin/env node
// Browser, accessibility and HTML-validity tests: every page type of pages.txt, in Vietnamese
// and English, in Debian's headless Chromium (playwright-core), axe-core and the Nu Html
// Checker (vnu-jar, run with Java). Prints TAP; exits 1 when a check fails.
//
// Run, against a running instance (./portal up serves one on 8080):
//
//   npm ci --prefix tests/browser          # once: playwright-core, axe-core, vnu-jar
//   PORTAL_URL=http://127.0.0.1:8080 node tests/browser/browser.mjs
//
// Needs /usr/bin/chromium (apt-get install chromium) and java (default-jre-headless).
// Without PORTAL_URL the file is skipped (1..0 # SKIP), like the HTTP tests.
//
// For each page type and language:
//   - at 360×740, 768×900 and 1280×900: the HTTP status, the expected text is visible,
//     <html lang>, no horizontal scrolling, no failed subresource or script error; then
//     axe-core with the WCAG 2.0/2.1 A and AA rules, each violation as a diagnostic (one TAP line per width);
//   - at each width, the layout (layout.mjs): no element whose content is wider than its box,
//     every chart text at least 12 px as rendered, every link, button and field at least
//     24×24 px (WCAG 2.2 2.5.8; links inside a sentence excepted);
//   - with JavaScript disabled: the page loads, is styled and shows the expected text;
//   - keyboard: the first Tab focuses a visible "skip to main content" link to #main, and
//     Enter follows it;
//   - the HTML and the stylesheets it links together weigh under 100 KB (100,000 bytes),
//     uncompressed;
//   - print media: the navigation and the skip link are hidden, the content is shown, and the
//     data links at the end of a public page are printed with their addresses.
// Then the Nu Html Checker, in one Java run, over the HTML of every page (one TAP line per page
// and language) and over every stylesheet the pages link (one line each, CSS mode).
//
// Environment: PORTAL_URL (required), CHROMIUM (default /usr/bin/chromium), BROWSER_PAGES (default
// pages.txt beside this file), BROWSER_JOBS (pages checked at once, default 2), BROWSER_KEEP=1
// keeps the folder of saved HTML and CSS (its path is printed).
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { layoutInPage, MIN_CHART_TEXT, MIN_TARGET } from './layout.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
	'--disable-background-networking', '--disable-component-update', '--disable-sync'];
const PAGES_FILE = process.env.BROWSER_PAGES || path.join(HERE, 'pages.txt');
const JOBS = Math.max(1, Number(process.env.BROWSER_JOBS) || 2);
const WIDTHS = [{ width: 360, height: 740 }, { width: 768, height: 900 }, { width: 1280, height: 900 }];
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const MAX_WEIGHT = 100000; // bytes of HTML + CSS, uncompressed

// Every wait is bounded: a hung page fails its check instead of hanging the run.
const STEP_TIMEOUT = 15000; // one Playwright action
const NAV_TIMEOUT = 20000; // one page load
const NAV_RETRY_TIMEOUT = 5000; // the load without JavaScript of a page that did not load with it
const AXE_TIMEOUT = 30000; // one axe run
const VNU_TIMEOUT = 120000; // the whole Nu Html Checker run
const RUN_TIMEOUT = 300000; // everything

// --- TAP -------------------------------------------------------------------------

let testNumber = 0;
let failures = 0;

function printResult({ ok, desc, diags }) {
	testNumber++;
	if (!ok) failures++;
	// a "# SKIP" or "# TODO" inside a description would read as a TAP directive
	console.log(`${ok ? 'ok' : 'not ok'} ${testNumber} - ${desc.replace(/#(?=\s*(todo|skip))/gi, '\\#')}`);
	for (const d of diags || [])
		for (const line of String(d).split('\n')) console.log(`#   ${line}`);
}

function bail(message) {
	console.log(`Bail out! ${message}`);
	process.exit(1);
}

// within(ms, what, promise): the promise's value, or an error naming what did not finish.
function within(ms, what, promise) {
	let timer;
	const timeout = new Promise((_, reject) => {
		timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms / 1000} s`)), ms);
	});
	return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

// check(desc, fn): one TAP result; fn returns { ok, diags } or throws (then the check fails).
async function check(desc, fn) {
	try {
		const r = await fn();
		return { ok: !!r.ok, desc, diags: r.diags || [] };
	} catch (e) {
		return { ok: false, desc, diags: [String(e && e.message || e).split('\n')[0]] };
	}
}

// --- pages.txt ---------------------------------------------------------------------

const norm = (s) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

function readPages(file) {
	const pages = [];
	const names = new Set();
	readFileSync(file, 'utf8').split('\n').forEach((raw, i) => {
		const line = raw.trim();
		if (line === '' || line.startsWith('#')) return;
		const m = line.match(/^([A-Za-z0-9_-]+)\s+(\d{3})\s+(\/\S*)\s+(\S.*)$/);
		if (!m) bail(`${file}:${i + 1}: not "NAME STATUS PATH TEXT-VI | TEXT-EN": ${raw}`);
		const [, name, status, vpath, texts] = m;
		if (names.has(name)) bail(`${file}:${i + 1}: the name ${name} is used twice`);
		names.add(name);
		const parts = texts.split(/\s+\|\s+/);
		if (parts.length > 2) bail(`${file}:${i + 1}: more than one " | " in the expected text`);
		const [vi, en = vi] = parts.map(norm);
		pages.push({ name, status: Number(status), langs: [
			{ lang: 'vi', path: vpath, text: vi },
			{ lang: 'en', path: '/en' + vpath, text: en },
		] });
	});
	if (pages.length === 0) bail(`${file}: no page listed`);
	return pages;
}

// --- helpers run in the page -----------------------------------------------------------

// What makes the page wider than the viewport: the outermost elements that stick out on the
// right and are not inside a scrolling or clipping box, grouped by a short CSS path, widest first.
function overflowInPage() {
	const de = document.documentElement;
	const cw = de.clientWidth;
	const groups = new Map();
	if (de.scrollWidth > cw + 1) {
		const clipped = (el) => {
			for (let a = el.parentElement; a && a !== de; a = a.parentElement)
				if (getComputedStyle(a).overflowX !== 'visible') return true;
			return false;
		};
		const name = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
			[...el.classList].map((c) => '.' + c).join('');
		const where = (el) => {
			const parts = [];
			for (let a = el; a && a !== document.body && parts.length < 3; a = a.parentElement) parts.unshift(name(a));
			return parts.join(' > ');
		};
		const outer = [];
		for (const el of document.body.querySelectorAll('*')) {
			const r = el.getBoundingClientRect();
			if (r.right <= cw + 1 || clipped(el) || outer.some((o) => o.contains(el))) continue;
			outer.push(el);
			const key = where(el);
			const g = groups.get(key) || { key, n: 0, right: 0 };
			g.n++;
			g.right = Math.max(g.right, Math.round(r.right));
			groups.set(key, g);
		}
	}
	return { lang: de.getAttribute('lang'), scrollWidth: de.scrollWidth, clientWidth: cw,
		culprits: [...groups.values()].sort((a, b) => b.right - a.right).slice(0, 5)
			.map((g) => `${g.key}${g.n > 1 ? ` (${g.n} elements)` : ''} reaches ${g.right} px`) };
}

async function axeInPage(tags) {
	// eslint-disable-next-line no-undef
	const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
	return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
		nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary || '' })) }));
}

function printStateInPage() {
	const shown = (el) => {
		const s = getComputedStyle(el);
		const r = el.getBoundingClientRect();
		return s.display !== 'none' && s.visibility !== 'hidden' && r.width > 0 && r.height > 0;
	};
	const main = document.querySelector('main');
	return {
		navs: document.querySelectorAll('nav').length,
		navsShown: [...document.querySelectorAll('nav')].filter(shown).length,
		skipShown: [...document.querySelectorAll('a[href="#main"]')].filter(shown).length,
		mainShown: !!main && shown(main),
		text: document.body.innerText,
		// the page's data links, printed with their addresses (null on pages without them)
		dataLinks: (() => {
			const aside = document.querySelector('aside.data-links');
			const a = aside && aside.querySelector('a[href]');
			return aside && { shown: shown(aside), href: a ? a.getAttribute('href') : '',
				after: a ? getComputedStyle(a, '::after').content : '' };
		})(),
	};
}

// --- one page in one language ------------------------------------------------------------

// A tab that a worker reuses from page to page (a new tab costs more than the load itself):
// it records what goes wrong while a page loads. Replaced after any failed check, so that a
// crashed or hung page cannot spoil the next one.
async function newTab(context) {
	const page = await within(STEP_TIMEOUT, 'opening a tab', context.newPage());
	page.setDefaultTimeout(STEP_TIMEOUT);
	page.setDefaultNavigationTimeout(NAV_TIMEOUT);
	const tab = { page, url: null, problems: [], badUrls: new Set() };
	page.on('pageerror', (e) => tab.problems.push(`script error: ${e.message}`));
	// the page's Content-Security-Policy refuses nothing the page itself uses: Chromium
	// reports each refusal on the console, and the page's securitypolicyviolation event
	page.on('console', (m) => {
		if (/Content Security Policy/i.test(m.text())) tab.problems.push(`CSP: ${m.text()}`);
	});
	await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) =>
		console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`)));
	page.on('response', (r) => {
		if (r.url() !== tab.url && r.status() >= 400 && !r.url().endsWith('/favicon.ico')) {
			tab.badUrls.add(r.url());
			tab.problems.push(`${r.status()}: ${r.url()}`);
		}
	});
	page.on('requestfailed', (r) => {
		if (r.url() !== tab.url && !tab.badUrls.has(r.url()))
			tab.problems.push(`failed: ${r.url()} (${r.failure()?.errorText})`);
	});
	return tab;
}

async function closeTab(tab) {
	if (tab) await within(STEP_TIMEOUT, 'closing a tab', tab.page.close()).catch(() => {});
}

// load(tab, url, size, timeout): the response to url, loaded in tab at that viewport in
// screen media.
async function load(tab, url, size, timeout = NAV_TIMEOUT) {
	tab.url = url;
	tab.problems = [];
	tab.badUrls.clear();
	await tab.page.setViewportSize(size);
	await tab.page.emulateMedia({ media: 'screen' });
	const response = await tab.page.goto(url, { waitUntil: 'load', timeout });
	if (!response) throw new Error(`no response for ${url}`);
	return response;
}

async function visibleText(page) {
	return norm(await page.locator('body').innerText({ timeout: STEP_TIMEOUT }));
}

function contentDiags(want, got) {
	const d = [];
	if (got.status !== want.status) d.push(`status ${got.status}, want ${want.status}`);
	if (!got.text.includes(want.text)) d.push(`text not visible: "${want.text}"`, `visible: ${got.text.slice(0, 300)}`);
	return d;
}

const cssCache = new Map(); // url -> Promise<{ url, status, bytes, text }>
function fetchCss(url) {
	if (!cssCache.has(url)) {
		cssCache.set(url, (async () => {
			const r = await fetch(url, { signal: AbortSignal.timeout(STEP_TIMEOUT) });
			const buf = Buffer.from(await r.arrayBuffer()); // fetch decompresses: uncompressed bytes
			return { url, status: r.status, bytes: buf.length, text: buf.toString('utf8') };
		})());
	}
	return cssCache.get(url);
}

// checkOne(tabs, base, p, v): the TAP results for page type p in language v, and its HTML.
// The page loads once at 360 px and is then widened to 768 and 1280 px: the layout and the
// media queries follow the viewport, so this is what a fresh load at each width shows.
async function checkOne(tabs, base, p, v) {
	const label = `${p.name} ${v.lang} (${v.path})`;
	const url = base + v.path;
	const results = [];
	let html = null;
	let response = null;
	let axeLoaded = false;
	const push = (r) => { results.push(r); return r.ok; };
	let healthy = true; // false once a check failed: the tab is replaced afterwards

	for (const [k, size] of WIDTHS.entries()) {
		const w = `${size.width}px`;
		const page = tabs.script.page;
		healthy = push(await check(`${label} ${w}: status ${p.status}, text, lang, no horizontal scroll`, async () => {
			if (k === 0) {
				response = await load(tabs.script, url, size);
				html = await response.body();
			} else {
				if (!response) throw new Error('the page did not load');
				await page.setViewportSize(size);
			}
			const got = { status: response.status(), text: await visibleText(page) };
			const o = await page.evaluate(overflowInPage);
			const diags = contentDiags({ status: p.status, text: v.text }, got);
			if (o.lang !== v.lang) diags.push(`<html lang="${o.lang}">, want "${v.lang}"`);
			if (o.scrollWidth > o.clientWidth + 1)
				diags.push(`scrolls sideways: scrollWidth ${o.scrollWidth} > clientWidth ${o.clientWidth}`, ...o.culprits);
			if (k === 0) diags.push(...tabs.script.problems);
			return { ok: diags.length === 0, diags };
		})) && healthy;

		healthy = push(await check(`${label} ${w}: nothing clipped, chart text >= ${MIN_CHART_TEXT} px, targets >= ${MIN_TARGET} px`, async () => {
			if (!response) throw new Error('the page did not load');
			const l = await page.evaluate(layoutInPage, [MIN_CHART_TEXT, MIN_TARGET]);
			const diags = [...l.clipped.map((d) => `clipped: ${d}`), ...l.smallText.map((d) => `small chart text: ${d}`),
				...l.smallTargets.map((d) => `small target: ${d}`)];
			return { ok: diags.length === 0, diags: diags.slice(0, 12) };
		})) && healthy;

		healthy = push(await check(`${label} ${w}: axe WCAG 2.1 A/AA, no violation`, async () => {
			if (!response) throw new Error('the page did not load');
			if (!axeLoaded) {
				// evaluated through the DevTools protocol: a <script> tag would be refused
				// by the page's policy, as it should be
				await page.evaluate(`${AXE_SOURCE}\n;0`);
				axeLoaded = true;
			}
			const violations = await within(AXE_TIMEOUT, 'axe.run', page.evaluate(axeInPage, AXE_TAGS));
			const diags = [];
			for (const x of violations) {
				diags.push(`${x.id} (${x.impact}): ${x.help}; ${x.nodes.length} element(s): ` +
					x.nodes.slice(0, 3).map((n) => n.target).join(', '));
				const first = x.nodes[0]?.summary.split('\n').filter((l) => l.trim()).slice(0, 2).join(' ');
				if (first) diags.push(`  ${first}`);
			}
			return { ok: violations.length === 0, diags };
		})) && healthy;
	}

	// At 1280 px, as the loop left the page.
	const page = tabs.script.page;
	healthy = push(await check(`${label}: first Tab focuses a visible skip link to #main`, async () => {
		if (!response) throw new Error('the page did not load');
		await page.keyboard.press('Tab');
		const f = await page.evaluate(() => {
			const a = document.activeElement;
			if (!a || a === document.body) return null;
			const r = a.getBoundingClientRect();
			return { tag: a.tagName.toLowerCase(), href: a.getAttribute('href'), text: a.textContent.trim(),
				inView: r.width > 0 && r.height > 0 && r.left >= 0 && r.top >= 0 && r.right <= innerWidth,
				hasMain: !!document.getElementById('main') };
		});
		if (!f) return { ok: false, diags: ['Tab focused nothing'] };
		const diags = [];
		if (f.tag !== 'a' || f.href !== '#main') diags.push(`focused <${f.tag} href="${f.href}">${f.text}`);
		if (!f.text) diags.push('the skip link has no text');
		if (!f.inView) diags.push('the focused skip link is not shown in the viewport');
		if (!f.hasMain) diags.push('no element with id="main"');
		if (diags.length === 0) {
			await page.keyboard.press('Enter');
			const hash = await page.evaluate(() => location.hash);
			if (hash !== '#main') diags.push(`Enter on the skip link led to "${hash}"`);
		}
		return { ok: diags.length === 0, diags };
	})) && healthy;

	healthy = push(await check(`${label}: print media hides the navigation, shows the content`, async () => {
		if (!response) throw new Error('the page did not load');
		await page.emulateMedia({ media: 'print' });
		const s = await page.evaluate(printStateInPage);
		await page.emulateMedia({ media: 'screen' });
		const diags = [];
		if (s.navsShown) diags.push(`${s.navsShown} of ${s.navs} <nav> still shown`);
		if (s.skipShown) diags.push('the skip link is shown');
		if (!s.mainShown) diags.push('<main> is not shown');
		if (!norm(s.text).includes(v.text)) diags.push(`text not printed: "${v.text}"`);
		if (s.dataLinks && !(s.dataLinks.shown && s.dataLinks.after.includes(s.dataLinks.href)))
			diags.push(`the data links are not printed with their addresses (${s.dataLinks.after})`);
		return { ok: diags.length === 0, diags };
	})) && healthy;

	healthy = push(await check(`${label}: HTML + CSS under ${MAX_WEIGHT / 1000} KB uncompressed`, async () => {
		if (!response || !html) throw new Error('the page did not load');
		const hrefs = await page.$$eval('link[rel~="stylesheet"][href]', (ls) => [...new Set(ls.map((l) => l.href))]);
		const css = await Promise.all(hrefs.map(fetchCss));
		const total = html.length + css.reduce((n, c) => n + c.bytes, 0);
		const diags = [`HTML ${html.length} B` + css.map((c) => ` + ${new URL(c.url).pathname} ${c.bytes} B`).join('') +
			` = ${total} B`];
		for (const c of css) if (c.status !== 200) diags.push(`${c.url}: status ${c.status}`);
		return { ok: total < MAX_WEIGHT && css.every((c) => c.status === 200), diags };
	})) && healthy;

	healthy = push(await check(`${label}: works with JavaScript off`, async () => {
		// A page that did not load with JavaScript gets less time without it.
		const r = await load(tabs.noScript, url, WIDTHS[0], response ? NAV_TIMEOUT : NAV_RETRY_TIMEOUT);
		const np = tabs.noScript.page;
		const got = { status: r.status(), text: await visibleText(np) };
		const diags = contentDiags({ status: p.status, text: v.text }, got);
		const sheets = await np.evaluate(() => document.styleSheets.length);
		if (sheets === 0) diags.push('no stylesheet applied');
		diags.push(...tabs.noScript.problems);
		return { ok: diags.length === 0, diags };
	})) && healthy;

	return { results, html, healthy };
}

// --- the Nu Html Checker ----------------------------------------------------------------

// runVnu(files): the checker's messages ({ url, type, lastLine, message, … }), from one Java run.
function runVnu(files) {
	return new Promise((resolve, reject) => {
		const args = ['-jar', VNU_JAR, '--errors-only', '--also-check-css', '--format', 'json', '--stdout', ...files];
		const child = spawn('java', args, { stdio: ['ignore', 'pipe', 'pipe'], timeout: VNU_TIMEOUT, killSignal: 'SIGKILL' });
		let out = '';
		let err = '';
		child.stdout.on('data', (d) => { out += d; });
		child.stderr.on('data', (d) => { err += d; });
		child.on('error', reject);
		child.on('close', (code, signal) => {
			if (signal) return reject(new Error(`vnu.jar stopped by ${signal} (over ${VNU_TIMEOUT / 1000} s?)`));
			try {
				resolve(JSON.parse(out).messages || []);
			} catch {
				reject(new Error(`vnu.jar exited ${code} without a JSON report: ${(err || out).slice(0, 500)}`));
			}
		});
	});
}

function vnuResult(desc, messages) {
	const errors = messages.filter((m) => m.type !== 'info');
	return {
		ok: errors.length === 0,
		desc,
		diags: errors.slice(0, 25).map((m) => `line ${m.lastLine ?? '?'}` +
			(m.firstColumn ? `:${m.firstColumn}` : m.lastColumn ? `:${m.lastColumn}` : '') + `: ${m.message}` +
			(m.extract ? `  [${m.extract.replace(/\s+/g, ' ').trim().slice(0, 120)}]` : ''))
			.concat(errors.length > 25 ? [`… and ${errors.length - 25} more`] : []),
	};
}

// --- main ------------------------------------------------------------------------------

if (!process.env.PORTAL_URL) {
	console.log('1..0 # SKIP no running instance: set PORTAL_URL (./portal test does)');
	process.exit(0);
}
const BASE = process.env.PORTAL_URL.replace(/\/+$/, '');

let chromium, AXE_PATH, AXE_SOURCE, VNU_JAR;
try {
	({ chromium } = await import('playwright-core'));
	AXE_PATH = require.resolve('axe-core/axe.min.js');
	AXE_SOURCE = readFileSync(AXE_PATH, 'utf8');
	VNU_JAR = String(require('vnu-jar'));
} catch (e) {
	bail(`the test's npm packages are missing: run npm ci --prefix tests/browser (${e.message.split('\n')[0]})`);
}

const watchdog = setTimeout(() => bail(`the run took over ${RUN_TIMEOUT / 1000} s`), RUN_TIMEOUT);
const started = Date.now();
const pages = readPages(PAGES_FILE);

let browser;
try {
	browser = await within(30000, 'launching Chromium', chromium.launch({
		executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, timeout: 30000,
	}));
} catch (e) {
	bail(`cannot start ${CHROMIUM}: ${e.message.split('\n')[0]}`);
}

const contextOptions = { serviceWorkers: 'block', viewport: WIDTHS[0] };
const contexts = {
	// bypassCSP: a strict Content-Security-Policy must not stop axe's injected script.
	script: await browser.newContext({ ...contextOptions, bypassCSP: true }),
	noScript: await browser.newContext({ ...contextOptions, javaScriptEnabled: false }),
};

// Check the pages JOBS at a time, each worker with its own two tabs; print each page's
// results in pages.txt order as soon as the ones before it are done.
const tasks = pages.flatMap((p) => p.langs.map((v) => ({ p, v })));
const done = new Array(tasks.length);
let printed = 0;
let next = 0;
async function worker() {
	let tabs = null;
	while (next < tasks.length) {
		const i = next++;
		const { p, v } = tasks[i];
		try {
			tabs ??= { script: await newTab(contexts.script), noScript: await newTab(contexts.noScript) };
			done[i] = await checkOne(tabs, BASE, p, v);
		} catch (e) {
			done[i] = { results: [{ ok: false, desc: `${p.name} ${v.lang}: checks`, diags: [e.message] }], html: null };
		}
		if (!done[i].healthy && tabs) {
			await closeTab(tabs.script);
			await closeTab(tabs.noScript);
			tabs = null;
		}
		while (printed < tasks.length && done[printed]) done[printed++].results.forEach(printResult);
	}
	if (tabs) {
		await closeTab(tabs.script);
		await closeTab(tabs.noScript);
	}
}
await Promise.all(Array.from({ length: Math.min(JOBS, tasks.length) }, worker));
await within(20000, 'closing Chromium', browser.close()).catch((e) => console.log(`# ${e.message}`));
console.log(`# browser checks: ${((Date.now() - started) / 1000).toFixed(1)} s`);

// The Nu Html Checker over every saved page and every stylesheet, in one Java run.
const dir = mkdtempSync(path.join(tmpdir(), 'minhbach-browser-'));
const files = [];
tasks.forEach(({ p, v }, i) => {
	const html = done[i].html;
	const file = path.join(dir, `${p.name}.${v.lang}.html`);
	if (html) writeFileSync(file, html);
	files.push({ file, desc: `${p.name} ${v.lang} (${v.path}): Nu Html Checker, no error`, missing: !html });
});
const sheets = (await Promise.all([...cssCache.values()].map((c) => c.catch(() => null)))).filter((c) => c && c.status === 200);
sheets.forEach((c, i) => {
	const file = path.join(dir, `${i}-${path.basename(new URL(c.url).pathname)}`);
	writeFileSync(file, c.text);
	files.push({ file, desc: `${new URL(c.url).pathname}: Nu Html Checker CSS, no error` });
});
const vnuStarted = Date.now();
const present = files.filter((f) => !f.missing);
let messages = null;
let vnuError = null;
try {
	messages = present.length ? await runVnu(present.map((f) => f.file)) : [];
} catch (e) {
	vnuError = e.message;
}
for (const f of files) {
	if (f.missing) printResult({ ok: false, desc: f.desc, diags: ['no HTML: the page did not load'] });
	else if (vnuError) printResult({ ok: false, desc: f.desc, diags: [vnuError] });
	else {
		const mine = messages.filter((m) => m.url && decodeURIComponent(new URL(m.url).pathname) === f.file);
		printResult(vnuResult(f.desc, mine));
	}
}
if (messages) {
	const stray = messages.filter((m) => !m.url || !files.some((f) => decodeURIComponent(new URL(m.url).pathname) === f.file));
	for (const m of stray) console.log(`# vnu: ${m.type}: ${m.message}`);
}
console.log(`# Nu Html Checker: ${((Date.now() - vnuStarted) / 1000).toFixed(1)} s`);
if (process.env.BROWSER_KEEP) console.log(`# saved HTML and CSS kept in ${dir}`);
else rmSync(dir, { recursive: true, force: true });

clearTimeout(watchdog);
console.log(`# ${pages.length} page types × 2 languages in ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`1..${testNumber}`);
process.exit(failures ? 1 : 0);
