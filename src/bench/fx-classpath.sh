# Sourced by the window benchmarks: compiles the project and the given bench sources, and sets FX (the JavaFX
# module path), REST (the rest of the classpath) and OUT (the compiled bench classes).
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
mvn -q -B compile >/dev/null
# Maven's console may add colour resets ("\e[0m") around the output: they would end up in the first path entry
CP="$(mvn -q -B -Dstyle.color=never dependency:build-classpath -Dmdep.outputFile=/dev/stdout | sed 's/\x1b\[[0-9;]*m//g')"
FX=$(echo "$CP" | tr ':' '\n' | grep '/org/openjfx/' | paste -sd:)
REST=$(echo "$CP" | tr ':' '\n' | grep -v '/org/openjfx/' | paste -sd:)
OUT=$(mktemp -d)
javac -d "$OUT" --module-path "$FX" --add-modules javafx.controls -cp "target/classes:$REST" \
  "$@" src/bench/java/backoffice/bench/QuietDialogs.java src/bench/java/backoffice/bench/GcPauses.java
