<?php
// /peer/projects: the registry's first page, default sort (name), no filter — the statements
// page_projects.c runs for it (site, count from the totals, page, facets), the HTML of
// cgi-bin/public/page_projects.c.
declare(strict_types=1);

const PEER_PER_PAGE = 50;

$site = peer_rows('SQL_SITE')[0];
$total = peer_rows('SQL_PROJECTS_COUNT_TOTALS')[0];
$rows = peer_rows('SQL_PROJECTS_NAME', [], PEER_PER_PAGE + 1);
$facets = peer_rows('SQL_PROJECT_FACETS');

$more = count($rows) > PEER_PER_PAGE;
$rows = array_slice($rows, 0, PEER_PER_PAGE);
$sample = (string)$total['is_sample'] === '1';
foreach ($rows as $r)
	$sample = $sample || (string)$r['is_sample'] === '1';

$alt = fn(string $type, string $key, string $href) =>
    '<link rel="alternate" type="' . $type . '" title="' . h(t($key)) . '" href="' . $href . '">';
peer_top($site, t('projects.title'), '/projects',
    $alt('text/csv', 'od.alt.csv', '/projects.csv') . $alt('application/xml', 'od.alt.xml', '/projects.xml')
    . $alt('application/json', 'od.alt.json', '/projects.json')
    . $alt('application/json', 'od.alt.json', '/api/v1/projects')
    . $alt('application/atom+xml', 'feed.search', '/feeds/projects.atom'), $sample);

echo '<h1>', h(t('projects.title')), '</h1><p class="shortcuts">';
foreach (['approved', 'delayed', 'revoked'] as $s)
	echo '<a href="/projects?status=', $s, '">', h(t('projects.title.' . $s)), '</a>';
echo '<a href="/projects">', h(t('projects.all')), '</a></p>',
    '<form class="filters" method="get" action="/projects" role="search"><div class="wide"><label for="f-q">',
    h(t('projects.search')), '</label><input id="f-q" name="q" type="search" value="" maxlength="100" placeholder="',
    h(t('projects.search.hint')), '"></div>';

// a <select> of the filters: its options, value => label
$select = function (string $id, string $name, string $label, array $options, bool $all = true, ?string $cur = null) {
	echo '<div><label for="', $id, '">', h(t($label)), '</label><select id="', $id, '" name="', $name, '">';
	if ($all)
		echo '<option value="">', h(t('common.all')), '</option>';
	foreach ($options as $value => $text)
		echo '<option value="', h((string)$value), '"', (string)$value === $cur ? ' selected' : '', '>', h($text), '</option>';
	echo '</select></div>';
};
$facet = function (string $which) use ($facets) {
	$o = [];
	foreach ($facets as $f)
		if ($f['@facet'] === $which)
			$o[$f['@value']] = $f['label'];
	return $o;
};
$vocab = function (string $prefix, array $values) {
	$o = [];
	foreach ($values as $v)
		$o[$v] = t($prefix . $v);
	return $o;
};
$select('f-zone', 'zone', 'project.zone', $facet('zone'));
$select('f-board', 'board', 'projects.board', $facet('board'));
$select('f-status', 'status', 'project.status', $vocab('status.',
    ['approved', 'construction', 'operating', 'delayed', 'suspended', 'revoked', 'expired']));
$select('f-country', 'country', 'project.country', $facet('country'));
$select('f-sector', 'sector', 'project.sector', $facet('sector'));
$select('f-auth', 'authority', 'project.authority', $vocab('authority.', ['province', 'central']));
echo '<div><label for="f-min">', h(t('projects.min_capital')),
    '</label><input id="f-min" name="min_capital" type="number" min="0" step="any" inputmode="decimal" value=""></div>',
    '<div><label for="f-max">', h(t('projects.max_capital')),
    '</label><input id="f-max" name="max_capital" type="number" min="0" step="any" inputmode="decimal" value=""></div>',
    '<div><label for="f-year">', h(t('projects.year')),
    '</label><input id="f-year" name="year" type="number" min="1990" max="2100" inputmode="numeric" value=""></div>';
$select('f-overdue', 'overdue', 'projects.overdue', ['1' => t('projects.overdue.yes'), '0' => t('projects.overdue.no')]);
$select('f-sort', 'sort', 'projects.sort', $vocab('sort.',
    ['name', 'name_desc', 'capital_desc', 'capital', 'date_desc', 'date']), false, 'name');
echo '<div class="actions"><button type="submit">', h(t('common.filter')), '</button></div></form>';

$n = (int)$total['total'];
echo '<p class="count" role="status">', h(t('projects.count')), ': <strong>', peer_num($n, 0), '</strong>';
if ($n > 0)
	echo ' · ', h(t('projects.capital_total')), ' ', peer_musd($total['registered_usd']),
	    peer_sample_mark($total['is_sample']), ' · ', h(t('pager.page')), ' 1/', (int)ceil($n / PEER_PER_PAGE);
echo '</p>';
if ($rows) {
	$c = ['status' => h(t('project.status')), 'zone' => h(t('project.zone')),
	    'investor' => h(t('project.investor')), 'capital' => h(t('project.capital_musd')),
	    'approved' => h(t('project.approved_on'))];
	echo '<div class="table-scroll" role="region" tabindex="0" aria-label="', h(t('common.scroll_table')),
	    '"><table class="data stack"><caption>', h(t('projects.caption')), '</caption><thead><tr><th scope="col">',
	    h(t('project.name')), '</th><th scope="col">', $c['status'], '</th><th scope="col">', $c['zone'],
	    '</th><th scope="col">', $c['investor'], '</th><th scope="col" class="num">', $c['capital'],
	    '</th><th scope="col" class="num">', $c['approved'], '</th></tr></thead><tbody>';
	foreach ($rows as $r) {
		echo '<tr><th scope="row"><a href="/projects/', (int)$r['@id'], '">', h($r['name']), '</a>',
		    peer_sample_mark($r['is_sample']), '</th><td data-label="', $c['status'],
		    '"><span class="status status-', h($r['@status']), '">', h(t('status.' . $r['@status'])), '</span>',
		    peer_marks($r), '</td><td data-label="', $c['zone'], '"><a href="/zones/', h($r['zone_slug']), '">',
		    h($r['zone_name']), '</a></td><td data-label="', $c['investor'], '">', h($r['investor']),
		    '<small> (', h($r['country']), ')</small></td><td class="num" data-label="', $c['capital'], '">',
		    peer_musd($r['registered_usd'], false), '</td><td class="num" data-label="', $c['approved'], '">',
		    peer_date($r['approved_on']), '</td></tr>';
	}
	echo '</tbody></table></div><nav class="pager" aria-label="', h(t('pager.label')), '">';
	if ($more) {
		$last = end($rows);
		echo '<a rel="next" href="/projects?page=2&amp;after=', h(rawurlencode($last['@key'] . '~' . $last['@id'])),
		    '">', h(t('pager.next')), '</a>';
	}
	echo '</nav>';
} else {
	echo '<p>', h(t('projects.none')), '</p>';
}
peer_follow('search', '');
peer_bottom($site, '<p>' . h(t('od.links.download')) . ' <a href="/projects.csv" type="text/csv">CSV</a> · '
    . '<a href="/projects.xml" type="application/xml">XML</a> · <a href="/projects.json" type="application/json">JSON</a> · '
    . '<a href="/api/v1/projects" type="application/json">' . h(t('od.links.api')) . '</a></p>'
    . '<p><a href="/feeds/projects.atom" type="application/atom+xml" class="feed">' . h(t('od.links.feed'))
    . '</a> <span class="hint">' . h(t('feed.search')) . '</span></p>');
