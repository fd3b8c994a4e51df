<?php
// The PHP peer's shared parts: the connection (persistent, the public account), the
// statements and labels taken from the C program's sources, the figures' formats and the
// page chrome, as cgi-bin/public/layout.c writes them for a Vietnamese public page.
declare(strict_types=1);

const PEER_GENERATED_ENV = 'PEER_GENERATED';

function peer_db(): PDO
{
	static $db = null;
	if ($db === null) {
		$db = new PDO('mysql:unix_socket=' . $_SERVER['PEER_DB_SOCKET'] . ';dbname='
		    . $_SERVER['PEER_DB_NAME'] . ';charset=utf8mb4', $_SERVER['PEER_DB_USER'],
		    $_SERVER['PEER_DB_PASSWORD'], [
			PDO::ATTR_PERSISTENT => true,
			PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,
			// PDO's default, statements emulated in the client, unless the bench asks for
			// server-side ones (BENCH_PEER_SERVER_PREPARES, peer.sh)
			PDO::ATTR_EMULATE_PREPARES => ($_SERVER['PEER_SERVER_PREPARES'] ?? '0') !== '1',
			PDO::ATTR_DEFAULT_FETCH_MODE => PDO::FETCH_ASSOC,
			// the C program's session (lib/db_conn.c)
			PDO::MYSQL_ATTR_INIT_COMMAND =>
			    "SET NAMES utf8mb4 COLLATE utf8mb4_uca1400_ai_ci, time_zone = '+00:00'",
		]);
	}
	return $db;
}

// peer_rows NAME [LIMIT]: the rows of the C program's statement NAME with every parameter
// NULL (no filter, no cursor) but a LIMIT, which takes the last placeholder
function peer_rows(string $name, array $params = [], ?int $limit = null): array
{
	static $sql = null;
	$sql ??= require $_SERVER[PEER_GENERATED_ENV] . '/sql.php';
	$st = peer_db()->prepare($sql[$name]);
	$n = substr_count($sql[$name], '?');
	for ($k = 1; $k <= $n; $k++) {
		$v = $params[$k - 1] ?? null;
		if ($limit !== null && $k === $n)
			$st->bindValue($k, $limit, PDO::PARAM_INT);
		elseif (is_int($v))
			$st->bindValue($k, $v, PDO::PARAM_INT);
		else
			$st->bindValue($k, $v, $v === null ? PDO::PARAM_NULL : PDO::PARAM_STR);
	}
	$st->execute();
	$rows = $st->fetchAll();
	$st->closeCursor();
	return $rows;
}

function t(string $key): string
{
	static $labels = null;
	$labels ??= require $_SERVER[PEER_GENERATED_ENV] . '/labels.php';
	return $labels[$key] ?? $key;
}

function h(?string $s): string
{
	return htmlspecialchars($s ?? '', ENT_QUOTES | ENT_HTML5, 'UTF-8');
}

// the figures as lib/format.c writes them in Vietnamese: 1.234,5
function peer_num($v, int $decimals): string
{
	return is_numeric($v) ? number_format((float)$v, $decimals, ',', '.') : '–';
}
function peer_musd($usd, bool $unit = true): string
{
	return is_numeric($usd) ? peer_num($usd / 1e6, 1) . ($unit ? ' ' . t('unit.musd') : '') : '–';
}
function peer_ha($v): string
{
	if (!is_numeric($v))
		return '–';
	$s = rtrim(rtrim(number_format((float)$v, 2, ',', '.'), '0'), ',');
	return $s . ' ha';
}
function peer_date(?string $d): string
{
	return $d ? substr($d, 8, 2) . '/' . substr($d, 5, 2) . '/' . substr($d, 0, 4) : '';
}

function peer_sample_mark($flag): string
{
	return $flag === 1 || $flag === '1' ? ' <span class="sample-mark" title="' . h(t('sample.title'))
	    . '">' . h(t('sample.mark')) . '</span>' : '';
}

// the marks of project_marks (cgi-bin/public/page_projects.c): remedy deadline passed, else overdue; partly revoked
function peer_marks(array $p): string
{
	$s = '';
	if ($p['remedy_deadline_passed'] !== null)
		$s .= ' <span class="overdue deadline-passed">' . h(t('project.deadline_passed'))
		    . ' <time datetime="' . h($p['remedy_deadline_passed']) . '">'
		    . peer_date($p['remedy_deadline_passed']) . '</time></span>';
	elseif ((string)$p['overdue'] === '1')
		$s .= ' <span class="overdue">' . h(t('project.overdue')) . '</span>';
	if ($p['part_revoked_on'] !== null)
		$s .= ' <span class="partly-revoked">' . h(t('project.partly_revoked')) . ' ('
		    . peer_ha($p['part_revoked_from_ha']) . ' → ' . peer_ha($p['part_revoked_to_ha']) . ')</span>';
	return $s;
}

function peer_status(int $status): void
{
	http_response_code($status);
	header('Content-Type: text/plain; charset=utf-8');
	echo $status === 404 ? "not found\n" : "database unavailable\n";
}

// the page's beginning: head (with its extra links), header, navigation, the sample notice
// the "Follow by e-mail" box of the C program's project and registry pages
// (cgi-bin/public/page_alerts.c, alerts_follow_box), in Vietnamese
function peer_follow(string $kind, string $target): void
{
	echo '<aside class="follow" aria-labelledby="follow-h"><h2 id="follow-h">', h(t('alerts.box.title')),
	    '</h2><p>', h(t('alerts.box.' . $kind)), '</p><form method="post" action="/alerts">',
	    '<input type="hidden" name="follow" value="', h($kind), '"><input type="hidden" name="target" value="',
	    h($target), '"><p><label for="follow-email">', h(t('alerts.email')),
	    '</label> <input type="email" id="follow-email" name="email" required maxlength="254" autocomplete="email">',
	    '</p><p><label for="follow-frequency">', h(t('alerts.frequency')),
	    '</label> <select id="follow-frequency" name="frequency"><option value="immediate">',
	    h(t('alerts.frequency.immediate')), '</option><option value="daily">', h(t('alerts.frequency.daily')),
	    '</option></select></p><p><label for="follow-lang">', h(t('alerts.lang')),
	    '</label> <select id="follow-lang" name="lang"><option value="vi">Tiếng Việt</option>',
	    '<option value="en" lang="en">English</option></select></p><p class="hint">', h(t('alerts.consent')),
	    ' <a href="/alerts">', h(t('alerts.privacy.link')), '</a></p><p><button type="submit">',
	    h(t('alerts.submit')), '</button></p></form></aside>';
}

function peer_top(array $site, string $title, string $path, string $head, bool $sample): void
{
	header('Content-Type: text/html; charset=utf-8');
	header('Cache-Control: public, max-age=2');
	$nav = ['/' => 'nav.home', '/zones' => 'nav.zones', '/projects' => 'nav.projects',
	    '/targets' => 'nav.targets', '/indices' => 'nav.indices', '/finder' => 'nav.finder',
	    '/changes' => 'nav.changes', '/announcements' => 'nav.announcements', '/data' => 'nav.data'];
	$site_title = h($site['title'] ?? t('site.name'));
	echo '<!DOCTYPE html><html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">',
	    '<meta name="viewport" content="width=device-width, initial-scale=1"><title>', h($title), ' · ',
	    $site_title, '</title><link rel="stylesheet" href="/static/site.css?v=8">',
	    '<link rel="alternate" hreflang="vi" href="', h($path), '"><link rel="alternate" hreflang="en" href="/en',
	    h($path), '"><link rel="alternate" type="application/atom+xml" title="', h(t('feed.all')),
	    '" href="/feeds/changes.atom">', $head, '</head><body><a class="skip" href="#main">', h(t('nav.skip')),
	    '</a><header class="site"><div class="wrap"><a class="brand" href="/"><span class="brand-mark" aria-hidden="true">MB</span><span>',
	    $site_title, '</span></a><p class="lang"><span aria-current="true">Tiếng Việt</span><a href="/en', h($path),
	    '" hreflang="en" lang="en">English</a></p></div><nav class="wrap" aria-label="', h(t('nav.label')), '"><ul>';
	foreach ($nav as $href => $key) {
		$current = $path === $href || ($href !== '/' && str_starts_with($path, $href . '/'));
		echo '<li><a href="', $href, '"', $current ? ' aria-current="page"' : '', '>', h(t($key)), '</a></li>';
	}
	echo '</ul></nav></header><main id="main" class="wrap">';
	if ($sample)
		echo '<p class="sample-notice" role="note"><strong>', h(t('sample.title')), '</strong> ',
		    h(t('sample.text')), '</p>';
}

// the page's end: the page's data links (page_link, cgi-bin/public/layout.c), the footer
function peer_bottom(array $site, string $links): void
{
	echo '<aside class="data-links" aria-labelledby="od-links-h"><h2 id="od-links-h">', h(t('od.links.title')),
	    '</h2>', $links, '<p><a href="/data">', h(t('od.links.about')), '</a></p></aside></main>',
	    '<footer class="site"><div class="wrap"><p>', h($site['publisher']);
	if ($site['contact_email'] !== null)
		echo ' · <a href="mailto:', h($site['contact_email']), '">', h($site['contact_email']), '</a>';
	echo '</p>';
	if ($site['licence_name'] !== null)
		echo '<p>', h(t('footer.licence')), ' <a href="', h($site['licence_url']), '" rel="license">',
		    h($site['licence_name']), '</a></p>';
	echo '</div></footer></body></html>';
}
