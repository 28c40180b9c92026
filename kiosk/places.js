import { t } from './i18n.js';

// "Où aller ?": the list is the accessible equivalent and comes first; the Leaflet map (served from node_modules,
// no tile server unless the deployment sets one) only draws the places whose coordinates the knowledge base holds.
export async function placesList(site, language) {
  const response = await fetch(`/api/kiosk/sites/${encodeURIComponent(site.id)}/places`);
  if (!response.ok) throw new Error('HTTP ' + response.status);
  const places = await response.json();
  const list = document.createElement('ol');
  list.className = 'places';
  list.lang = 'fr';
  for (const place of places) {
    const item = document.createElement('li');
    item.className = 'place';
    const title = document.createElement('h3');
    title.textContent = place.title;
    item.append(title);
    const facts = [
      place.distanceMetres != null ? t(language, 'distance', { distance: distanceText(place.distanceMetres) }) : t(language, 'distanceUnknown'),
      place.status || (place.openNow == null ? t(language, 'hoursNone') : t(language, place.openNow ? 'openNow' : 'closedNow')),
      place.address,
      place.phoneText ? `${t(language, 'phone')} : ${place.phoneText}` : null,
    ].filter(Boolean);
    for (const fact of facts) {
      const line = document.createElement('p');
      line.textContent = fact;
      item.append(line);
    }
    list.append(item);
  }
  return { list, places };
}

export async function placesMap(container, site, places, language) {
  const located = places.filter((p) => p.geo);
  if (!site.coordinates || located.length === 0) return false;
  const L = await loadLeaflet();
  const map = L.map(container, { zoomControl: false, dragging: false, scrollWheelZoom: false, doubleClickZoom: false, keyboard: false, attributionControl: false });
  const here = [site.coordinates.lat, site.coordinates.lon];
  const bounds = L.latLngBounds([here, ...located.map((p) => [p.geo.lat, p.geo.lon])]);
  map.fitBounds(bounds.pad(0.2));
  L.circleMarker(here, { radius: 12, color: '#000', fillColor: '#ffd200', fillOpacity: 1, interactive: false }).addTo(map);
  located.forEach((p, index) => {
    L.marker([p.geo.lat, p.geo.lon], { keyboard: false, interactive: false, icon: L.divIcon({ className: 'map-number', html: String(index + 1), iconSize: [40, 40] }) }).addTo(map);
  });
  container.setAttribute('role', 'img');
  container.setAttribute('aria-label', t(language, 'mapLabel'));
  return true;
}

function distanceText(metres) {
  return metres < 1000 ? `${Math.round(metres / 10) * 10} m` : `${(metres / 1000).toFixed(1).replace('.', ',')} km`;
}

let leaflet = null;
function loadLeaflet() {
  if (leaflet) return leaflet;
  leaflet = new Promise((resolve, reject) => {
    const style = document.createElement('link');
    style.rel = 'stylesheet';
    style.href = '/kiosk/vendor/leaflet/leaflet.css';
    document.head.append(style);
    const script = document.createElement('script');
    script.src = '/kiosk/vendor/leaflet/leaflet.js';
    script.addEventListener('load', () => resolve(window.L));
    script.addEventListener('error', reject);
    document.head.append(script);
  });
  return leaflet;
}
