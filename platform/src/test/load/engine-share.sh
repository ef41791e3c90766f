#!/usr/bin/env bash
# The form engine's share of the HTTP request threads' CPU samples in a JFR recording made while
# FormLoadRun.java ran (see its usage comment). A sample counts for the engine when any frame of
# its stack is in org.foyer.forms; request samples are those of Payara's http-thread-pool threads.
# (The recording keeps 64 frames a stack: the engine's frames sit well inside that.)
# Usage: platform/src/test/load/engine-share.sh recording.jfr
set -euo pipefail
jfr print --stack-depth 64 --events jdk.ExecutionSample "$1" | awk '
  /^jdk.ExecutionSample/ { if (n) tally(); n = 1; http = 0; engine = 0; velocity = 0; networknt = 0; next }
  /sampledThread = "http-thread-pool/ { http = 1 }
  /org\.foyer\.forms\./ { engine = 1 }
  /org\.apache\.velocity\./ { velocity = 1 }
  /com\.networknt\./ { networknt = 1 }
  function tally() { if (http) { all++; if (engine) e++; if (velocity) v++; if (networknt) j++ } }
  END { if (n) tally();
        printf "request samples %d, engine %d (%.1f%%), of which Velocity %d, networknt %d\n",
               all, e, all ? 100 * e / all : 0, v, j }'
