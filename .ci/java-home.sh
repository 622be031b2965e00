# Sourced by ./entente and .ci/run: exports JAVA_HOME pointing at a JDK >= 21.
# Neo4j 2026.x needs Java 21+; many machines default to an older java.
java_major() { "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n1; }
pick_java_home() {
  local candidate
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25* /usr/lib/jvm/temurin-2[1-9]* \
                   /usr/lib/jvm/java-2[1-9]* /usr/lib/jvm/*-2[1-9]-* /usr/lib/jvm/*; do
    if [[ -n "$candidate" && -x "$candidate/bin/java" ]]; then
      local major; major="$(java_major "$candidate")"
      if [[ -n "$major" && "$major" -ge 21 ]]; then echo "$candidate"; return 0; fi
    fi
  done
  if command -v java >/dev/null; then
    local home; home="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
    local major; major="$(java_major "$home")"
    if [[ -n "$major" && "$major" -ge 21 ]]; then echo "$home"; return 0; fi
  fi
  return 1
}
if ! JAVA_HOME="$(pick_java_home)"; then
  echo "Entente needs a JDK 21 or newer (set JAVA_HOME)." >&2
  exit 1
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
