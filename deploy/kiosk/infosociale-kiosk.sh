#!/bin/sh
# Starts Chromium full screen on the kiosk page of this site, locked down, with a throw-away profile on tmpfs.
# Usage: infosociale-kiosk.sh https://infosociale.example.ch ge-cite-seniors
set -eu
server="${1:?server address, e.g. https://infosociale.example.ch}"
site="${2:?kiosk site id of knowledge-base/kiosques.yaml}"
profile="$(mktemp -d "${XDG_RUNTIME_DIR:-/tmp}/infosociale-kiosk.XXXXXX")"
trap 'rm -rf "$profile"' EXIT INT TERM
# --kiosk: full screen, no address bar, no exit by F11; --kiosk-printing: "Imprimer" prints at once on the default
# printer (the 80 mm receipt printer); --incognito and a fresh --user-data-dir: nothing survives the session;
# --disable-pinch and overscroll off: no zoom or history swipe by touch; --autoplay-policy: read-aloud may start.
chromium \
  --kiosk "$server/kiosk?site=$site" \
  --kiosk-printing \
  --incognito \
  --user-data-dir="$profile" \
  --no-first-run \
  --noerrdialogs \
  --disable-infobars \
  --disable-translate \
  --disable-features=TranslateUI,OverscrollHistoryNavigation \
  --overscroll-history-navigation=0 \
  --disable-pinch \
  --disable-session-crashed-bubble \
  --disable-sync \
  --password-store=basic \
  --autoplay-policy=no-user-gesture-required \
  --check-for-update-interval=31536000
