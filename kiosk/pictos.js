// Theme pictograms: simple line drawings (24×24, stroke only) drawn for InfoSociale, always shown with their label.
// The label is the accessible name of the tile; the drawing itself is decorative (aria-hidden).
const PATHS = {
  start: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18zM9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .8-1 1.5V14M12 17.5v.5',
  person: 'M12 4a3.5 3.5 0 1 0 0 7a3.5 3.5 0 1 0 0-7zM4.5 20c.8-4 3.8-6 7.5-6s6.7 2 7.5 6',
  urgent: 'M12 3l9.5 17h-19zM12 9.5v5M12 17.5v.5',
  where: 'M12 21s-6.5-6.2-6.5-11a6.5 6.5 0 1 1 13 0c0 4.8-6.5 11-6.5 11zM12 7.5a2.5 2.5 0 1 0 0 5a2.5 2.5 0 1 0 0-5z',
  write: 'M3 7h18v10H3zM6 10h1.5M9.5 10h1.5M13 10h1.5M16.5 10h1.5M7 14h10',
  logement: 'M3 11.5L12 4l9 7.5M5.5 9.5V20h13V9.5M10 20v-5.5h4V20',
  argent: 'M3 7h18v11H3zM12 10a2.5 2.5 0 1 0 0 5a2.5 2.5 0 1 0 0-5zM6 10v5M18 10v5',
  sante: 'M9.5 4h5v5.5H20v5h-5.5V20h-5v-5.5H4v-5h5.5z',
  famille: 'M8 4.5a2.5 2.5 0 1 0 0 5a2.5 2.5 0 1 0 0-5zM16.5 7a2 2 0 1 0 0 4a2 2 0 1 0 0-4zM3.5 20c.4-4 2.2-7 4.5-7s4.1 3 4.5 7M13 20c.3-3.2 1.6-5.5 3.5-5.5S19.7 16.8 20 20',
  emploi: 'M3 8h18v11H3zM9 8V5.5h6V8M3 13h18',
  papiers: 'M6 3h8l4 4v14H6zM14 3v4h4M9 12h6M9 15.5h6',
  home: 'M3 11.5L12 4l9 7.5M5.5 9.5V20h13V9.5',
  back: 'M10 6l-6 6 6 6M4 12h16',
  listen: 'M4 9.5h4l5-4.5v14l-5-4.5H4zM16.5 8.5a5 5 0 0 1 0 7M19 6a8.5 8.5 0 0 1 0 12',
  finish: 'M6 6l12 12M18 6L6 18',
  contrast: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18zM12 3v18',
  language: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18zM3 12h18M12 3c2.5 2.7 3.5 5.7 3.5 9s-1 6.3-3.5 9c-2.5-2.7-3.5-5.7-3.5-9s1-6.3 3.5-9z',
  textSize: 'M3 19l5-13 5 13M4.8 15h6.4M14 19l3.5-8.5L21 19M15.2 16.5h4.6',
};

export function picto(name) {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.classList.add('picto');
  const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('d', PATHS[name] || PATHS.start);
  svg.append(path);
  return svg;
}
