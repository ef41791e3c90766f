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
primefaces=$(find "${MAVEN_REPO:-$HOME/.m2/repository}/org/primefaces/primefaces" -name 'primefaces-*-jakarta.jar' | sort | tail -1)
[ -n "$primefaces" ] || { echo "PrimeFaces (jakarta) is not in the local Maven repository" >&2; exit 2; }

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

# Bare Payara Micro with one WAR, in the background; sets port, started and server_pid.
start_bare() {
  local war=$1 name=$2
  port=$(free_port)
  started=$(date +%s%N)
  java -jar "$micro" --port "$port" --contextroot / --nocluster --rootdir "$work/$name-root" \
    --deploy "$war" >"$work/$name.log" 2>&1 &
  server_pid=$!
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
# The floor of a page shaped as the portal home: the same template, components and expressions
# (PrimeFaces buttons and messages, a profile switcher, a list of forms), every value a literal,
# with Foyer's PrimeFaces settings; no filters, beans, session check or database.
mkdir -p "$work/hello/WEB-INF/templates" "$work/hello/WEB-INF/lib" "$work/hello/resources/floor"
cp "$primefaces" "$work/hello/WEB-INF/lib/"
echo 'body { font-family: sans-serif; }' > "$work/hello/resources/floor/floor.css"
cat > "$work/hello/WEB-INF/templates/page.xhtml" <<'XHTML'
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xmlns:h="jakarta.faces.html"
      xmlns:ui="jakarta.faces.facelets">
<h:head>
  <meta charset="utf-8"/>
  <meta name="viewport" content="width=device-width, initial-scale=1"/>
  <meta name="csrf" content="#{'c7d1e2a4b5f6'}"/>
  <title><ui:insert name="title"/> · #{'Harbor Light Counseling'}</title>
  <h:outputStylesheet name="floor/floor.css"/>
  <link rel="stylesheet" href="#{'/brand.css'}"/>
</h:head>
<h:body>
  <ui:fragment rendered="#{not empty requestScope['mishap']}"><p>#{requestScope['mishap']}</p></ui:fragment>
  <ui:insert name="content"/>
</h:body>
</html>
XHTML
cat > "$work/hello/home-shaped.xhtml" <<'XHTML'
<ui:composition xmlns="http://www.w3.org/1999/xhtml" xmlns:h="jakarta.faces.html"
                xmlns:f="jakarta.faces.core" xmlns:ui="jakarta.faces.facelets"
                xmlns:p="primefaces" template="/WEB-INF/templates/page.xhtml">
  <ui:define name="title">Your portal</ui:define>
  <ui:define name="content">
    <header><span>#{'Harbor Light Counseling'}</span>
      <h:form id="session" prependId="false">
        <p:commandButton id="sign-out" value="Sign out" action="home-shaped" ajax="false"/>
      </h:form>
    </header>
    <main id="portal-home">
      <h1>Welcome, #{'Jordan Avery'}</h1>
      <p>This is your secure place for #{'Harbor Light Counseling'}.</p>
      <p:messages id="messages" showDetail="false" closable="false"/>
      <h:panelGroup rendered="#{not empty ''}" layout="block"><p>codes</p></h:panelGroup>
      <h:panelGroup rendered="#{true}" layout="block" id="acting-for">
        <p>You are acting for <strong>#{'Jordan Avery (Self)'}</strong>.
          <ui:fragment rendered="#{'SELF' ne 'SELF'}">On their behalf.</ui:fragment></p>
      </h:panelGroup>
      <h:panelGroup rendered="#{true}" layout="block">
        <nav aria-label="Your records">
          <ui:repeat value="#{['documents', 'messages', 'appointments', 'billing', 'insurance']}" var="link">
            <ui:fragment rendered="#{not empty link}"><a href="/p/demo/portal/#{link}">#{link}</a></ui:fragment>
          </ui:repeat>
        </nav>
      </h:panelGroup>
      <h:form id="switch" prependId="false">
        <p:outputLabel for="profile" value="Switch to"/>
        <h:selectOneMenu id="profile" value="#{requestScope['selected']}">
          <f:selectItems value="#{['Jordan Avery (Self)', 'Ella Brooks (Parent)']}" var="profile"
                         itemValue="#{profile}" itemLabel="#{profile}"/>
        </h:selectOneMenu>
        <p:commandButton id="switch-profile" value="Switch" action="home-shaped" ajax="false"/>
      </h:form>
      <section id="forms"><h2>Your forms</h2>
        <p>#{1} of #{3} done<ui:fragment rendered="#{2 gt 0}"><span>: #{2} forms are waiting for you.</span></ui:fragment></p>
        <ul id="form-list">
          <ui:repeat value="#{['Client information', 'Consent to treatment', 'Privacy notice']}" var="form">
            <li class="intake-card" id="form-#{form.length()}">
              <span>#{form}</span><span class="intake-status">#{'Waiting for you'}</span>
              <ui:fragment rendered="#{true}"><span>#{'About 5 minutes'}</span></ui:fragment>
              <a href="/p/demo/portal/form?id=#{form.length()}" aria-label="Fill in: #{form}">Fill in</a>
            </li>
          </ui:repeat>
        </ul>
      </section>
      <nav aria-label="Your account"><p><a href="/p/demo/portal/security">Sign-in security</a></p></nav>
    </main>
  </ui:define>
</ui:composition>
XHTML
cat > "$work/hello/WEB-INF/web.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
  <context-param>
    <param-name>jakarta.faces.PROJECT_STAGE</param-name>
    <param-value>Production</param-value>
  </context-param>
  <context-param>
    <param-name>jakarta.faces.FACELETS_SKIP_COMMENTS</param-name>
    <param-value>true</param-value>
  </context-param>
  <context-param>
    <param-name>jakarta.faces.STATE_SAVING_METHOD</param-name>
    <param-value>server</param-value>
  </context-param>
  <context-param>
    <param-name>primefaces.CSP</param-name>
    <param-value>true</param-value>
  </context-param>
  <context-param>
    <param-name>primefaces.MOVE_SCRIPTS_TO_BOTTOM</param-name>
    <param-value>true</param-value>
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
(cd "$work/hello" && jar cf "$work/hello.war" WEB-INF resources hello.xhtml home-shaped.xhtml)

start_bare "$work/hello.war" bare
bare_ready=$(wait_ready "http://127.0.0.1:$port/api/hello" "$started")
read -r rps p99 bad < <(measure "http://127.0.0.1:$port/api/hello")
hello_rps=$rps
row "bare Payara Micro: hello" "$rps" "$p99" "$bad"
read -r rps p99 bad < <(measure "http://127.0.0.1:$port/hello.xhtml")
row "bare Payara Micro: Faces hello page" "$rps" "$p99" "$bad"
read -r rps p99 bad < <(measure "http://127.0.0.1:$port/home-shaped.xhtml")
shaped_rps=$rps
row "bare: page shaped as portal home" "$rps" "$p99" "$bad"
stop_server

# 2. The start-up floor of an application carrying Foyer's libraries: the same hello WAR with every
# third-party jar of foyer.war (Foyer's own modules left out). Payara Micro reads every class of a
# WAR's libraries at deployment, so this is what any application with these libraries pays.
mkdir -p "$work/libs/WEB-INF/lib"
cp -r "$work/hello/WEB-INF/classes" "$work/libs/WEB-INF/"
# As in Foyer's WAR: beans with bean-defining annotations only (PrimeFaces needs CDI on).
cat > "$work/libs/WEB-INF/beans.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<beans xmlns="https://jakarta.ee/xml/ns/jakartaee" version="4.0" bean-discovery-mode="annotated"/>
XML
(cd "$work/libs" && unzip -q -j "$OLDPWD/$foyer" foyer.war -d "$work" \
  && unzip -q -j "$work/foyer.war" 'WEB-INF/lib/*.jar' -d WEB-INF/lib \
  && rm -f WEB-INF/lib/tenant-admin-*.jar WEB-INF/lib/form-engine-*.jar WEB-INF/lib/templates-*.jar \
  && jar cf "$work/libs.war" WEB-INF)
start_bare "$work/libs.war" libs
libs_ready=$(wait_ready "http://127.0.0.1:$port/api/hello" "$started")
stop_server

# 3. Foyer with the demo practice, its own data directory.
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
printf 'Start-up floor with Foyer'"'"'s libraries (hello WAR carrying them): %s s (%s x bare); Foyer %s x that floor\n' \
  "$libs_ready" "$(awk -v f="$libs_ready" -v b="$bare_ready" 'BEGIN { printf "%.2f", f / b }')" \
  "$(awk -v f="$foyer_ready" -v b="$libs_ready" 'BEGIN { printf "%.2f", f / b }')"
printf 'Portal home: %s%% of hello; the page shaped as it, with literals only: %s%% of hello\n' \
  "$(awk -v h="$home_rps" -v b="$hello_rps" 'BEGIN { printf "%.1f", 100 * h / b }')" \
  "$(awk -v h="$shaped_rps" -v b="$hello_rps" 'BEGIN { printf "%.1f", 100 * h / b }')"
