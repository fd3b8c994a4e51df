// Layout checks run inside a page (browser.mjs): nothing clipped, chart text readable, tap targets big enough.

export const MIN_CHART_TEXT = 12; // px, as rendered after the SVG's scaling
export const MIN_TARGET = 24; // px, WCAG 2.2 2.5.8 (target size, minimum)

// layoutInPage(minText, minTarget): what breaks the layout at the current viewport, as lists
// of short descriptions:
//   clipped  - elements whose content is wider than their box (scrollWidth > clientWidth),
//              unless the element says it scrolls on purpose (data-scroll="x");
//   smallText - SVG <text> whose font size, times the SVG's scale on screen, is under minText;
//   smallTargets - links, buttons, inputs, selects and summaries smaller than minTarget on a
//              side, except links inline in a sentence (2.5.8's inline exception: the text
//              around them sets their height) and hidden ones.
// It also returns the rendered size of the smallest chart text and the count of targets.
export function layoutInPage([minText, minTarget]) {
	const name = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
		[...el.classList].slice(0, 2).map((c) => '.' + c).join('');
	const where = (el) => {
		const parts = [];
		for (let a = el; a && a !== document.body && parts.length < 3; a = a.parentElement) parts.unshift(name(a));
		return parts.join(' > ');
	};
	const shown = (el) => {
		const r = el.getBoundingClientRect();
		const s = getComputedStyle(el);
		return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none';
	};
	// hidden on purpose: the skip link until focused, clipped text for screen readers only
	const hiddenText = (el) => {
		for (let a = el; a && a !== document.body; a = a.parentElement)
			if (a.classList.contains('skip') || getComputedStyle(a).clip !== 'auto') return true;
		return false;
	};
	const group = (list) => {
		const m = new Map();
		for (const [key, detail] of list) {
			const g = m.get(key) || { key, n: 0, detail };
			g.n++;
			m.set(key, g);
		}
		return [...m.values()].map((g) => `${g.key}${g.n > 1 ? ` (${g.n}×)` : ''}: ${g.detail}`);
	};

	const clipped = [];
	for (const el of document.body.querySelectorAll('*')) {
		if (el instanceof SVGElement || hiddenText(el) || el.clientWidth === 0) continue;
		if (el.closest('[data-scroll="x"]')) continue;
		if (el.scrollWidth > el.clientWidth + 1)
			clipped.push([where(el), `content ${el.scrollWidth} px in a ${el.clientWidth} px box`]);
	}

	const smallText = [];
	let minRendered = Infinity;
	for (const t of document.querySelectorAll('svg text')) {
		if (!shown(t)) continue;
		const m = t.getScreenCTM();
		const scale = m ? Math.hypot(m.a, m.b) : 1;
		const size = parseFloat(getComputedStyle(t).fontSize) * scale;
		minRendered = Math.min(minRendered, size);
		if (size < minText - 0.05)
			smallText.push([where(t.closest('svg')), `"${t.textContent.trim().slice(0, 12)}" at ${size.toFixed(1)} px`]);
	}

	// A link is inline in text when it is laid out inline and the block around it holds more
	// text than the link itself (a sentence), as in a paragraph or a list item with words.
	const inlineInText = (a) => {
		if (getComputedStyle(a).display !== 'inline') return false;
		let block = a.parentElement;
		while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
		if (!block) return false;
		const own = a.textContent.replace(/\s+/g, '');
		let other = block.textContent.replace(/\s+/g, '').length - own.length;
		for (const b of block.querySelectorAll('a, button')) if (b !== a) other -= b.textContent.replace(/\s+/g, '').length;
		return other > 2;
	};
	const smallTargets = [];
	let targets = 0;
	for (const el of document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary')) {
		if (!shown(el) || hiddenText(el)) continue;
		targets++;
		const r = el.getBoundingClientRect();
		if (r.width >= minTarget - 0.05 && r.height >= minTarget - 0.05) continue;
		if (el.matches('a') && inlineInText(el)) continue;
		smallTargets.push([where(el), `"${(el.textContent || el.value || el.type || '').trim().slice(0, 16)}" ` +
			`${r.width.toFixed(1)}×${r.height.toFixed(1)} px`]);
	}
	return { clipped: group(clipped), smallText: group(smallText), smallTargets: group(smallTargets), targets,
		minChartText: minRendered === Infinity ? null : Number(minRendered.toFixed(1)) };
}
