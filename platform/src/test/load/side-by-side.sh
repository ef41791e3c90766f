#!/usr/bin/env bash
# Side-by-side load run (on demand, never in CI): bare Payara Micro serving a one-resource JAX-RS
# "hello" application, then Foyer's foyer.jar with the demo practice, one after the other on this
# machine, timed to ready and driven by the same wrk settings. Prints one table, so the ratios are
# read from a single run on the same machine under the same conditions.
#
# Needs: a built tree (./mvnw -q -DskipTests package), Debian's wrk and curl.
# Usage: platform/src/test/load/side-by-side.sh [--connections 32] [--seconds 15] [--warmup 5]
set -euo pipefail
cd "$(dirname "$0")/../../../.."

connections=32
seconds=15
warmup=5
while [ $# -gt 0 ]; do
  case "$1" in
    --connections) connections="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    *) echo "unknown option $1 (--connections N, --seconds N, --warmup N)" >&2; exit 2 ;;
  esac
done

micro=platform/target/server/payara-micro.jar
foyer=platform/target/foyer.jar
for needed in "$micro" "$foyer"; do
  [ -f "$needed" ] || { echo "$needed is missing: run ./mvnw -q -DskipTests package first" >&2; exit 2; }
done
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
api=$(find "${MAVEN_REPO:-$HOME/.m2/repository}/jakarta/platform/jakarta.jakartaee-api" -name 'jakarta.jakartaee-api-10*.jar' | head -1)
[ -n "$api" ] || { echo "jakarta.jakartaee-api 10 is not in the local Maven repository" >&2; exit 2; }

work=$(mktemp -d /tmp/foyer-side-by-side.XXXXXX)
server_pid=
cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid"; wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

# Seconds from the process start until the URL answers 200.
wait_ready() {
  local url=$1 started=$2
  for _ in $(seq 1 1800); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$url")" = "200" ]; then
      echo "$(( $(date +%s%N) - started ))" | awk '{printf "%.1f", $1 / 1e9}'
      return 0
    fi
    kill -0 "$server_pid" 2>/dev/null || { echo "server exited before it was ready" >&2; return 1; }
    sleep 0.1
  done
  echo "not ready after 180 s: $url" >&2
  return 1
}

stop_server() {
  kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=
}

# wrk's requests/s and 99th percentile (ms) of one URL, after a warm-up of the same URL.
measure() {
  local url=$1; shift
  wrk -t2 -c"$connections" -d"${warmup}s" "$@" "$url" >/dev/null
  wrk -t2 -c"$connections" -d"${seconds}s" --latency "$@" "$url" | awk '
    /Requests\/sec/ { rps = $2 }
    /Non-2xx/ { bad = $NF }
    $1 == "99%" { p = $2; if (p ~ /us$/) { sub(/us$/, "", p); p /= 1000 }
                  else if (p ~ /ms$/) { sub(/ms$/, "", p) }
                  else if (p ~ /s$/) { sub(/s$/, "", p); p *= 1000 } }
    END { printf "%s %s %s\n", rps, p, (bad == "" ? 0 : bad) }'
}

results=()
row() { results+=("$(printf '%-34s %10s %10s %8s' "$1" "$2" "$3" "$4")"); }

# 1. Bare Payara Micro with a hello WAR written and compiled here.
mkdir -p "$work/hello/src/hello" "$work/hello/WEB-INF/classes"
cat > "$work/hello/src/hello/Hello.java" <<'JAVA'
package hello;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Application;

@ApplicationPath("api")
@Path("hello")
public class Hello extends Application {
  @GET
  @Produces("text/plain")
  public String hello() {
    return "hello";
  }
}
JAVA
# The floor of a Faces page on this stack: one static Facelets page, no beans, no database.
cat > "$work/hello/hello.xhtml" <<'XHTML'
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:h="jakarta.faces.html">
<h:head><title>hello</title></h:head>
<h:body><h:outputText value="hello"/></h:body>
</html>
XHTML
cat > "$work/hello/WEB-INF/web.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
  <context-param>
    <param-name>jakarta.faces.PROJECT_STAGE</param-name>
    <param-value>Production</param-value>
  </context-param>
  <servlet>
    <servlet-name>faces</servlet-name>
    <servlet-class>jakarta.faces.webapp.FacesServlet</servlet-class>
  </servlet>
  <servlet-mapping>
    <servlet-name>faces</servlet-name>
    <url-pattern>*.xhtml</url-pattern>
  </servlet-mapping>
</web-app>
XML
# Faces 4 needs CDI, which a bean archive turns on.
cat > "$work/hello/WEB-INF/beans.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<beans xmlns="https://jakarta.ee/xml/ns/jakartaee" version="4.0" bean-discovery-mode="all"/>
XML
javac -cp "$api" -d "$work/hello/WEB-INF/classes" "$work/hello/src/hello/Hello.java"
(cd "$work/hello" && jar cf "$work/hello.war" WEB-INF hello.xhtml)

port=$(free_port)
started=$(date +%s%N)
java -jar "$micro" --port "$port" --contextroot / --nocluster --rootdir "$work/bare-root" \
  --deploy "$work/hello.war" >"$work/bare.log" 2>&1 &
server_pid=$!
bare_ready=$(wait_ready "http://127.0.0.1:$port/api/hello" "$started")
read -r rps p99 bad < <(measure "http://127.0.0.1:$port/api/hello")
hello_rps=$rps
row "bare Payara Micro: hello" "$rps" "$p99" "$bad"
read -r rps p99 bad < <(measure "http://127.0.0.1:$port/hello.xhtml")
row "bare Payara Micro: Faces hello page" "$rps" "$p99" "$bad"
stop_server

# 2. Foyer with the demo practice, its own data directory.
port=$(free_port)
started=$(date +%s%N)
FOYER_PORT=$port FOYER_DATA_DIR="$work/foyer-data" FOYER_PUBLIC_URL="http://127.0.0.1:$port" \
  java -jar "$foyer" >"$work/foyer.log" 2>&1 &
server_pid=$!
foyer_ready=$(wait_ready "http://127.0.0.1:$port/health/ready" "$started")
base="http://127.0.0.1:$port/p/demo"

# The demo adult client signs in once; wrk then sends that session's cookie.
jar="$work/cookies"
login=$(curl -s -c "$jar" -b "$jar" "$base/login")
view_state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<<"$login" | sed 's/.*value="//; s/"$//' | head -1)
nonce=$(grep -o "PrimeFaces.csp.init('[^']*')" <<<"$login" | sed "s/.*init('//; s/')$//" | head -1)
curl -s -o /dev/null -c "$jar" -b "$jar" "$base/login" \
  --data-urlencode "login=login" --data-urlencode "email=jordan.avery@demo.foyer.test" \
  --data-urlencode "password=harbor-lantern-demo-2026" --data-urlencode "sign-in-button=" \
  --data-urlencode "jakarta.faces.ViewState=$view_state" --data-urlencode "primefaces.nonce=$nonce"
cookie=$(awk 'NF == 7 && $1 !~ /^# / { printf "%s%s=%s", sep, $6, $7; sep = "; " }' "$jar")
home=$(curl -s -H "Cookie: $cookie" "$base/portal/home")
grep -q 'id="portal-home"' <<<"$home" || { echo "the demo client could not sign in; see $work/foyer.log" >&2; exit 1; }
form_path=$(grep -o '/p/demo/portal/form?id=[0-9a-f-]*' <<<"$home" | head -1)

for page in "portal home|$base/portal/home" "documents|$base/portal/documents" \
  "form page|http://127.0.0.1:$port$form_path"; do
  read -r rps p99 bad < <(measure "${page#*|}" -H "Cookie: $cookie")
  row "Foyer: ${page%%|*} (signed in)" "$rps" "$p99" "$bad"
  [ "${page%%|*}" = "portal home" ] && home_rps=$rps
done
# A form submission mix: FormLoadRun's users open the demo client's largest form and post it back
# (refused for missing answers, so every post parses, validates and renders the form again).
while read -r step rps p99 wrong; do
  row "Foyer: form $step (signed in)" "$rps" "$p99" "$wrong"
done < <(java platform/src/test/load/FormLoadRun.java --base "http://127.0.0.1:$port" \
  --users "$connections" --warmup "$warmup" --seconds "$seconds" | awk '
    / req\/s / { step = ($1 == "open") ? "open" : "submission"
                  for (i = 1; i <= NF; i++) { if ($i == "req/s") rps = $(i - 1); if ($i == "p99") p = $(i + 1) }
                  wrong = $(NF - 1); printf "%s %s %s %s\n", step, rps, p, wrong }')
read -r rps p99 bad < <(measure "$base/login")
row "Foyer: sign-in page" "$rps" "$p99" "$bad"
read -r rps p99 bad < <(measure "http://127.0.0.1:$port/health/ready")
row "Foyer: /health/ready" "$rps" "$p99" "$bad"
stop_server

printf '\nSide by side on %s (%s cores), wrk -t2 -c%s, %ss after a %ss warm-up\n' \
  "$(hostname)" "$(nproc)" "$connections" "$seconds" "$warmup"
printf '%-34s %10s %10s %8s\n' "measure" "req/s" "p99 ms" "non-2xx"
printf '%s\n' "${results[@]}"
printf '\nStart-up to ready: bare Payara Micro %s s, Foyer %s s (%s x)\n' "$bare_ready" "$foyer_ready" \
  "$(awk -v f="$foyer_ready" -v b="$bare_ready" 'BEGIN { printf "%.2f", f / b }')"
printf 'Portal home: %s%% of hello\n' \
  "$(awk -v h="$home_rps" -v b="$hello_rps" 'BEGIN { printf "%.1f", 100 * h / b }')"
