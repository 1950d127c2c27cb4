#!/usr/bin/env bash
# Starts deepplan under a virtual X server on a plan file and saves a
# screenshot of the main window.
#
#   tools/screenshot.sh PLANFILE OUT.png [WIDTHxHEIGHT] [KEY...]
#
# KEYs are sent to the window before the capture (xdotool key names), e.g.
# alt+i for the What-if tab, alt+l for Layout, alt+a for Assumptions,
# alt+o for Cost. LANG (e.g. de_DE.UTF-8, zh_CN.UTF-8) picks the language.
# DEEPPLAN_BIN overrides the program (default: the first deepplan found in
# build-gui/, build/ or PATH). The settings live in a throw-away directory,
# so the screenshot never depends on (or changes) your own.
set -euo pipefail

if [[ $# -lt 2 ]]; then
  echo "usage: $0 PLANFILE OUT.png [WIDTHxHEIGHT]" >&2
  exit 2
fi
plan_file=$(realpath "$1")
out=$(realpath -m "$2")
size=${3:-1280x800}
keys=("${@:4}")
width=${size%x*}
height=${size#*x}
root=$(cd "$(dirname "$0")/.." && pwd)

bin=${DEEPPLAN_BIN:-}
if [[ -z "$bin" ]]; then
  for candidate in "$root/build-gui/app/gui/deepplan" "$root/build/app/gui/deepplan" "$root/build-test/app/gui/deepplan" "$(command -v deepplan || true)"; do
    if [[ -n "$candidate" && -x "$candidate" ]]; then bin=$candidate; break; fi
  done
fi
if [[ -z "$bin" ]]; then
  echo "deepplan not found; build it or set DEEPPLAN_BIN" >&2
  exit 1
fi
for tool in xvfb-run xdotool import; do
  command -v "$tool" >/dev/null || { echo "$tool is missing (apt-get install xvfb xdotool imagemagick)" >&2; exit 1; }
done

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# The inner script runs inside the virtual display.
cat > "$scratch/inner.sh" <<'INNER'
#!/usr/bin/env bash
set -euo pipefail
bin=$1 plan_file=$2 out=$3 width=$4 height=$5
shift 5
export XDG_CONFIG_HOME=$SCRATCH/config XDG_DATA_HOME=$SCRATCH/data
unset QT_QPA_PLATFORM
"$bin" "$plan_file" &
pid=$!
win=""
for _ in $(seq 1 100); do
  win=$(xdotool search --onlyvisible --name "DeepPlan" 2>/dev/null | head -n 1 || true)
  [[ -n "$win" ]] && break
  sleep 0.2
done
if [[ -z "$win" ]]; then
  echo "the DeepPlan window did not appear" >&2
  kill "$pid" 2>/dev/null || true
  exit 1
fi
# No window manager: place and size the window by hand, then let it paint.
xdotool windowmove "$win" 0 0 windowsize "$win" "$width" "$height"
sleep 1.5
for key in "$@"; do
  xdotool windowfocus --sync "$win" key --clearmodifiers "$key" || true
  sleep 0.5
done
sleep 0.5
import -window root -crop "${width}x${height}+0+0" +repage "$out"
kill "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
INNER
chmod +x "$scratch/inner.sh"

SCRATCH=$scratch xvfb-run -a -s "-screen 0 ${width}x${height}x24" \
  "$scratch/inner.sh" "$bin" "$plan_file" "$out" "$width" "$height" "${keys[@]}"
echo "saved $out"
