<?php
// /peer/projects/<id>: one project — the statements page_project.c runs (the project with
// its disbursements' sample flag, documents, events and findings citing the documents; and the site's row and the
// registry's choices, which name its sector, country and zone: the C program keeps those two
// for a data generation), the HTML of cgi-bin/public/page_project.c.
declare(strict_types=1);

function peer_project(int $id): void
{
	$site = peer_rows('SQL_SITE')[0];
	$facets = peer_rows('SQL_PROJECT_FACETS');
	$found = peer_rows('SQL_PROJECT_PAGE', [$id]);
	if (!$found) {
		peer_status(404);
		return;
	}
	$p = $found[0];
	foreach ($facets as $f) {
		if ($f['@facet'] === 'sector' && $f['@value'] === $p['sector'])
			$p['sector_name'] = $f['label'];
		elseif ($f['@facet'] === 'country' && strcasecmp($f['@value'], $p['country']) === 0)
			$p['country_name'] = $f['label'];
		elseif ($f['@facet'] === 'zone' && (string)$f['@id'] === (string)$p['zone_id']) {
			$p['zone_slug'] = $f['@value'];
			$p['zone_name'] = $f['label'];
		}
	}
	$docs = peer_rows('SQL_PROJECT_DOCUMENTS', [$id]);
	$events = peer_rows('SQL_PROJECT_EVENTS', [$id]);
	$findings = peer_rows('SQL_PROJECT_FINDINGS', [$id]);
	$sample = (string)$p['disbursements_sample'] === '1';
	foreach (array_merge([$p], $docs, $findings) as $r)
		$sample = $sample || (string)$r['is_sample'] === '1';

	$self = '/projects/' . $id;
	$ld = ['@context' => 'https://schema.org', '@type' => 'Project', 'identifier' => (string)$id,
	    'name' => $p['name'], 'alternateName' => $p['name_en'], 'url' => $self, 'foundingDate' => $p['approved_on'],
	    'funder' => ['@type' => 'Organization', 'name' => $p['investor'],
		'address' => ['@type' => 'PostalAddress', 'addressCountry' => $p['country']]],
	    'location' => ['@type' => 'Place', 'name' => $p['zone_name'], 'url' => '/zones/' . $p['zone_slug']],
	    'additionalProperty' => [['@type' => 'PropertyValue', 'name' => 'status', 'value' => $p['@status']],
		['@type' => 'PropertyValue', 'name' => 'registered_capital', 'value' => (float)$p['registered_capital'],
		    'unitText' => $p['currency']]]];
	$json = fn(string $href) =>
	    '<link rel="alternate" type="application/json" title="' . h(t('od.alt.json')) . '" href="' . $href . '">';
	$feed = t('feed.project') . ' ' . $p['name'];
	peer_top($site, $p['name'], $self, $json('/api/v1' . $self)
	    . $json('/api/v1' . $self . '/history')
	    . '<link rel="alternate" type="application/atom+xml" title="' . h($feed) . '" href="/feeds' . $self . '.atom">'
	    . '<script type="application/ld+json">'
	    . json_encode($ld, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_HEX_TAG) . '</script>', $sample);

	$zone = '<a href="/zones/' . h($p['zone_slug']) . '">' . h($p['zone_name']) . '</a>';
	echo '<p class="crumbs"><a href="/projects">', h(t('projects.title')), '</a> › ', $zone, '</p><h1>', h($p['name']),
	    peer_sample_mark($p['is_sample']), '</h1><p class="lead"><span class="status status-', h($p['@status']), '">',
	    h(t('status.' . $p['@status'])), '</span> ', h(t('project.since')), ' ', peer_date($p['status_since']),
	    peer_marks($p), '</p>';
	if ((string)$p['overdue'] === '1')
		echo '<p class="note">', h(t('project.overdue.explain')), '</p>';
	if ($p['last_changed'] !== null)
		echo '<p class="last-changed">', h(t('record.last_changed')), ': <a href="', $self, '/changes"><time datetime="',
		    h($p['last_changed']), '">', peer_date($p['last_changed']), '</time></a></p>';

	$fact = fn(string $key, string $html) => '<dt>' . h(t($key)) . '</dt><dd>' . $html . '</dd>';
	echo '<section aria-labelledby="facts-h"><h2 id="facts-h">', h(t('project.facts')), '</h2><dl class="facts wide">',
	    $fact('project.investor', h($p['investor']) . ' (' . h($p['country_name']) . ')'), $fact('project.zone', $zone),
	    $fact('project.sector', h($p['sector_name'])), $fact('project.authority', h(t('authority.' . $p['authority']))),
	    $fact('project.registered', peer_num($p['registered_capital'], 0) . ' ' . h($p['currency'])
		. ($p['currency'] !== 'USD' ? ' (≈ ' . peer_musd($p['registered_usd']) . ')' : '')),
	    $fact('project.disbursed', peer_num($p['disbursed_capital'], 0) . ' ' . h($p['currency'])),
	    $fact('project.land', peer_ha($p['land_ha'])), $fact('project.approved_on', peer_date($p['approved_on'])),
	    $p['permit_expires_on'] !== null ? $fact('project.permit_expires', peer_date($p['permit_expires_on'])) : '',
	    '</dl>';
	$late = fn($flag) => (string)$flag === '1' ? '<span class="overdue">' . h(t('project.overdue')) . '</span>' : '';
	echo '<table class="data milestones"><caption>', h(t('project.milestones')), '</caption><thead><tr><th scope="col">',
	    h(t('project.milestone')), '</th><th scope="col">', h(t('project.planned')), '</th><th scope="col">',
	    h(t('project.actual')), '</th></tr></thead><tbody><tr><th scope="row">', h(t('project.start')), '</th><td>',
	    peer_date($p['planned_start']), '</td><td>', peer_date($p['actual_start']), $late($p['start_overdue']),
	    '</td></tr><tr><th scope="row">', h(t('project.operation')), '</th><td>', peer_date($p['planned_operation']),
	    '</td><td>', peer_date($p['actual_operation']), $late($p['operation_overdue']), '</td></tr></tbody></table></section>';

	// a status change or finding cites one of the project's documents by its id
	$cited = [];
	foreach ($docs as $d)
		$cited[(string)$d['@id']] = $d;
	$basis = fn(array $d, bool $link) => '<p class="basis">' . h(t('event.basis')) . ': '
	    . ($link && $d['url'] !== null ? '<a href="' . h($d['url']) . '">' . h($d['number']) . '</a>'
		: h($d['number'])) . ' ' . h(t('doc.of')) . ' ' . peer_date($d['issued_on']) . ', ' . h($d['issuer'])
	    . ($link && $d['file_id'] !== null ? ' (<a href="/documents/' . (int)$d['@id'] . '" type="application/pdf">PDF</a>)' : '')
	    . '</p>';
	echo '<section aria-labelledby="tl-h"><h2 id="tl-h">', h(t('project.timeline')), '</h2><ol class="timeline">';
	foreach ($events as $e) {
		$status = h(t('status.' . $e['@status']));
		echo '<li class="status-', h($e['@status']), '"><p><time datetime="', h($e['effective_on']), '">',
		    peer_date($e['effective_on']), '</time> — ';
		if ($e['revocation'] === 'partial')
			echo '<strong>', h(t('project.partly_revoked')), '</strong> (', h(t('revocation.partial')), '; ',
			    h(t('event.status_kept')), ' ', $status, ')';
		else
			echo '<strong>', $status, '</strong>',
			    $e['revocation'] !== null ? ' (' . h(t('revocation.' . $e['revocation'])) . ')' : '';
		echo '</p>';
		if ($e['reason'] !== null)
			echo '<p>', h(t('event.reason')), ': ', h($e['reason']), '</p>';
		if ($e['remedy'] !== null)
			echo '<p>', h(t('event.remedy')), ': ', h($e['remedy']), $e['remedy_due'] !== null
			    ? ' (' . h(t('event.remedy_due')) . ' ' . peer_date($e['remedy_due']) . ')' : '', '</p>';
		if ($e['revocation'] === 'partial')
			echo '<p>', h(t('event.land')), ': ', peer_ha($e['land_ha_before']), ' → ', peer_ha($e['land_ha_after']), '</p>';
		if ($e['doc_id'] !== null && isset($cited[(string)$e['doc_id']]))
			echo $basis($cited[(string)$e['doc_id']], true);
		echo '</li>';
	}
	echo '</ol></section><section aria-labelledby="doc-h"><h2 id="doc-h">', h(t('project.documents')), '</h2>';
	if ($docs) {
		$c = ['date' => h(t('doc.date')), 'issuer' => h(t('doc.issuer')), 'type' => h(t('doc.type')), 'title' => h(t('doc.title'))];
		echo '<div class="table-scroll" role="region" tabindex="0" aria-label="', h(t('common.scroll_table')),
		    '"><table class="data stack"><caption>', h(t('project.documents.caption')), '</caption><thead><tr><th scope="col">',
		    h(t('doc.number')), '</th><th scope="col">', $c['date'], '</th><th scope="col">', $c['issuer'],
		    '</th><th scope="col">', $c['type'], '</th><th scope="col">', $c['title'], '</th></tr></thead><tbody>';
		foreach ($docs as $d)
			echo '<tr><th scope="row">', $d['url'] !== null ? '<a href="' . h($d['url']) . '">' . h($d['number']) . '</a>'
			    : h($d['number']), $d['file_id'] !== null ? ' <a href="/documents/' . (int)$d['@id']
			    . '" type="application/pdf">PDF</a>' : '', '</th><td data-label="', $c['date'], '">', peer_date($d['issued_on']),
			    '</td><td data-label="', $c['issuer'], '">', h($d['issuer']), '</td><td data-label="', $c['type'], '">',
			    h(t('doctype.' . $d['@type'])), '</td><td data-label="', $c['title'], '">', h($d['title']), '</td></tr>';
		echo '</tbody></table></div>';
	} else {
		echo '<p>', h(t('project.documents.none')), '</p>';
	}
	echo '</section><section aria-labelledby="fd-h"><h2 id="fd-h">', h(t('project.findings')), '</h2>';
	if ($findings) {
		echo '<ul class="findings">';
		foreach ($findings as $f) {
			echo '<li class="outcome-', h($f['@outcome']), '"><p><strong>', h(t('area.' . $f['@area'])), '</strong> (',
			    peer_date($f['reviewed_on']), '): ', h(t('outcome.' . $f['@outcome'])), '</p><p>', h($f['summary']), '</p>';
			if ($f['action'] !== null)
				echo '<p>', h(t('finding.action')), ': ', h($f['action']), '</p>';
			if ($f['doc_id'] !== null && isset($cited[(string)$f['doc_id']]))
				echo $basis($cited[(string)$f['doc_id']], false);
			echo '</li>';
		}
		echo '</ul>';
	} else {
		echo '<p>', h(t('project.findings.none')), '</p>';
	}
	echo '</section><p><a href="', $self, '/changes">', h(t('record.history')), '</a></p>';
	peer_follow('project', (string)$id);
	peer_bottom($site, '<p>' . h(t('od.links.record')) . ' <a href="/api/v1' . $self . '" type="application/json">'
	    . h(t('od.links.record')) . '</a> · <a href="/api/v1' . $self . '/history" type="application/json">'
	    . h(t('od.links.history')) . '</a></p><p><a href="/feeds' . $self . '.atom" type="application/atom+xml" class="feed">'
	    . h(t('od.links.feed')) . '</a> <span class="hint">' . h($feed) . '</span></p>');
}
