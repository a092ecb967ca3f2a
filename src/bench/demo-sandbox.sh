# Sourced by the benchmarks that need the sandbox in a JVM of its own: after fx-classpath.sh, starts SandboxMain
# (demo seed) on port $1 with api-key $KEY, waits until it listens, sets ROOT, and stops it when the script exits.
# SANDBOX_NICE=19 runs the sandbox at that nice level: it then stands for a server on another machine (the live API),
# taking only the cores the console leaves idle instead of half of them.
KEY=bench-api-key
ROOT="http://127.0.0.1:$1"
${SANDBOX_NICE:+nice -n "$SANDBOX_NICE"} java -cp "target/classes:$REST" backoffice.sandbox.SandboxMain --port "$1" --api-key $KEY --seed demo \
  > "$OUT/sandbox.log" 2>&1 &
SANDBOX=$!
trap 'kill $SANDBOX 2>/dev/null' EXIT
# up to 60 s: on a loaded machine the sandbox's JVM and demo seed can take far longer than the usual 0.3 s
for _ in $(seq 600); do grep -q "listening" "$OUT/sandbox.log" && break; sleep 0.1; done
grep -q "listening" "$OUT/sandbox.log" || { echo "the sandbox did not start: $(cat "$OUT/sandbox.log")" >&2; exit 1; }
