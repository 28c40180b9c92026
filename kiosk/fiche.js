// The fiche's "Imprimer" button (no inline handler: the pages run under a Content-Security-Policy without 'unsafe-inline').
const print = document.getElementById('fiche-print');
if (print) print.addEventListener('click', () => window.print());
