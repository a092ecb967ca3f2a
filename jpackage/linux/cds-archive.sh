#!/bin/sh
# Builds the AppCDS archive lib/app/console.jsa of an installed console (or an app image): a static dump of the
# classes listed in lib/app/cds-classlist.txt (JDK, JavaFX and the console's own classes, and the lambdas the
# first frame creates, as recorded by jpackage/make-classlist.sh from a real start). A static dump loads classes
# without running them, so it needs no display. The archive records absolute class paths, so it is made where the
# app is installed: by the .deb's postinst, and by CI before its second smoke test. Failure is harmless: without
# the archive the launcher's -Xshare:auto starts the console as usual, only slower.
# Usage: cds-archive.sh [lib/app folder]   (default: this script's folder)
app=$(cd "${1:-$(dirname "$0")}" && pwd)
cfg=$(ls "$app"/*.cfg | head -n 1)
cp=$(sed -n 's|^app.classpath=\$APPDIR|'"$app"'|p' "$cfg" | paste -sd: -)
# the launcher's own Java options (module exports), except the archive settings themselves
opts=$(sed -n 's|^java-options=||p' "$cfg" | grep -v -e SharedArchiveFile -e '^-Xshare')
rm -f "$app/console.jsa"
# shellcheck disable=SC2086 # $opts holds one option per word
"$app/../runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$app/cds-classlist.txt" \
    -XX:SharedArchiveFile="$app/console.jsa" $opts -cp "$cp" >/dev/null 2>&1 || rm -f "$app/console.jsa"
[ -f "$app/console.jsa" ] && chmod 644 "$app/console.jsa"
[ -f "$app/console.jsa" ]
