<?php
// The PHP peer of the bench (bench/bench.sh): /peer/projects and /peer/projects/<id>, the
// public registry's first page and one project's page as a plain PHP-FPM + PDO page would
// make them, from the same tables and the same statements as the C program (generate.py
// writes them from its sources), for the bench's yardstick. Not part of the product.
declare(strict_types=1);
require __DIR__ . '/lib.php';

$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
try {
	if ($path === '/peer/projects') {
		require __DIR__ . '/projects.php';
	} elseif (preg_match('#^/peer/projects/([1-9][0-9]{0,8})$#', $path, $m)) {
		require __DIR__ . '/project.php';
		peer_project((int)$m[1]);
	} else {
		peer_status(404);
	}
} catch (PDOException $e) {
	error_log('peer: ' . $e->getMessage());
	peer_status(503);
}
