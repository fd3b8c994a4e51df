// The map's enhancement (cgi-bin/public/map.c): where the site configures a tile server
// (map_tiles_url), the SVG map of the zones becomes a pannable Leaflet map of the same zones
// over those tiles. Without script, without Leaflet (htdocs/static/leaflet/, vendored by
// tools/leaflet/vendor.sh) or without tiles, the SVG stays the map. Everything it shows comes
// from the page's SVG (each zone's link, place, colour and title) and, for the boundaries,
// from /zones.geojson on the site itself.
(function () {
	'use strict';
	if (!window.L || !document.querySelectorAll) return;

	function text(s) {
		var d = document.createElement('div');
		d.textContent = s;
		return d.innerHTML;
	}

	function band(el) {
		var m = /band-\d/.exec(el.getAttribute('class') || '');
		return m ? m[0] : 'band-0';
	}

	function enhance(fig) {
		var svg = fig.querySelector('svg');
		var scroll = fig.querySelector('.map-scroll');
		if (!svg || !scroll) return;
		var box = document.createElement('div');
		box.className = 'map-tiles';
		box.setAttribute('role', 'region');
		box.setAttribute('aria-label', scroll.getAttribute('aria-label') || '');
		scroll.parentNode.insertBefore(box, scroll);
		scroll.hidden = true;

		var map = L.map(box, { scrollWheelZoom: false });
		map.attributionControl.setPrefix('<a href="https://leafletjs.com/">Leaflet</a>');
		L.tileLayer(fig.getAttribute('data-tiles'), {
			attribution: text(fig.getAttribute('data-attribution') || ''),
			maxZoom: 18
		}).addTo(map);
		var d = svg.dataset;
		map.fitBounds([[+d.south, +d.west], [+d.north, +d.east]]);

		var shown = {};
		Array.prototype.forEach.call(svg.querySelectorAll('a.zone'), function (a) {
			var title = a.querySelector('title');
			var name = title ? title.textContent : '';
			var big = a.classList.contains('kkt');
			var marker = L.marker([+a.dataset.lat, +a.dataset.lon], {
				icon: L.divIcon({
					className: 'tile-dot ' + band(a) + (big ? ' kkt' : '') +
						(a.classList.contains('current') ? ' current' : ''),
					iconSize: [24, 24]
				}),
				title: name,
				alt: name,
				keyboard: true
			}).addTo(map);
			marker.on('click', function () { window.location.href = a.getAttribute('href'); });
			var el = marker.getElement();
			if (el) {
				el.setAttribute('role', 'link');
				el.setAttribute('aria-label', name);
			}
			shown[a.dataset.slug] = band(a);
		});

		// the boundaries of the zones shown, as the open data gives them
		var url = fig.getAttribute('data-geojson');
		if (!url || !window.fetch) return;
		fetch(url).then(function (r) { return r.ok ? r.json() : null; }).then(function (doc) {
			if (!doc || !doc.features) return;
			L.geoJSON({
				type: 'FeatureCollection',
				features: doc.features.filter(function (f) {
					return f.properties && f.properties.geometry_role === 'boundary' &&
						shown[f.properties.slug];
				})
			}, {
				interactive: false,
				style: function (f) {
					return {
						className: 'area ' + shown[f.properties.slug] +
							(f.properties.boundary_is_sample ? ' sample' : '')
					};
				}
			}).addTo(map);
		}).catch(function () {});
	}

	document.addEventListener('DOMContentLoaded', function () {
		Array.prototype.forEach.call(document.querySelectorAll('figure.map[data-tiles]'), enhance);
	});
})();
