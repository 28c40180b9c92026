// The languages a kiosk may offer (knowledge-base/kiosques.yaml `languages`). The assistant's
// answers and the fiches stay in French: `contentFrench` says so in the chosen language. French is the reference.
export const LANGUAGES = {
  fr: { name: 'Français', dir: 'ltr' },
  en: { name: 'English', dir: 'ltr' },
  pt: { name: 'Português', dir: 'ltr' },
  es: { name: 'Español', dir: 'ltr' },
  ar: { name: 'العربية', dir: 'rtl' },
};

// The labels themselves live in the message catalogue (knowledge-base/messages/*.yaml, kiosk.* keys), served as one
// file that the service worker keeps for the offline screen.
let LABELS = { fr: {} };

export async function loadLabels() {
  const response = await fetch('/kiosk/labels.json');
  if (!response.ok) throw new Error('HTTP ' + response.status);
  LABELS = await response.json();
}

// "Touchez l'écran" in the chosen language; {name} placeholders filled from values. A missing label falls back to French.
export function t(language, key, values = {}) {
  const text = (LABELS[language] && LABELS[language][key]) || LABELS.fr[key] || key;
  return text.replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? ''));
}
