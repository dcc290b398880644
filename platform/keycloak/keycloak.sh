#!/usr/bin/env bash
# Local Keycloak for Wijknetwerk: no Docker, just the Keycloak distribution from Maven Central.
#
#   platform/keycloak/keycloak.sh start          download (once), unpack (once), start in the background
#   platform/keycloak/keycloak.sh stop
#   platform/keycloak/keycloak.sh status
#   platform/keycloak/keycloak.sh token <user> [password]          access token, password grant on wijknetwerk-cli
#   platform/keycloak/keycloak.sh client-token <client> [secret]   access token, client credentials grant
#   platform/keycloak/keycloak.sh claims <jwt>                     decode a token's payload (JWT from stdin if omitted)
#   platform/keycloak/keycloak.sh verify                           fetch real tokens and check wards/organisation/roles/groups/iss
#   platform/keycloak/keycloak.sh reset                            stop and wipe Keycloak's dev database (realm re-imported)
#
# Environment:
#   KEYCLOAK_PORT           HTTP port (default 8180); the issuer is http://localhost:$KEYCLOAK_PORT/realms/wijknetwerk
#   KEYCLOAK_JAVA_HOME      Java (>= 21) to run Keycloak with; default Temurin 25, else the newest Java >= 21 in /usr/lib/jvm
#   KEYCLOAK_START_TIMEOUT  seconds to wait for the realm to answer (default 240)
#   KEYCLOAK_ADMIN_PASSWORD password of the temporary master-realm admin `admin` (default admin)
#
# Everything it writes lives under .platform/keycloak/ at the repository root (git-ignored).
set -euo pipefail

readonly KC_VERSION="26.7.3"
readonly KC_ARTIFACT="org.keycloak:keycloak-quarkus-dist:${KC_VERSION}:tar.gz"
readonly REALM="wijknetwerk"
readonly CLI_CLIENT="wijknetwerk-cli"

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "${SCRIPT_DIR}/../.." && pwd)"
readonly SCRIPT_DIR REPO_ROOT
readonly REALM_FILE="${SCRIPT_DIR}/realm-${REALM}.json"

readonly PORT="${KEYCLOAK_PORT:-8180}"
readonly BASE_URL="http://localhost:${PORT}"
readonly WELL_KNOWN="${BASE_URL}/realms/${REALM}/.well-known/openid-configuration"
readonly TOKEN_URL="${BASE_URL}/realms/${REALM}/protocol/openid-connect/token"
readonly START_TIMEOUT="${KEYCLOAK_START_TIMEOUT:-240}"

readonly WORK_DIR="${REPO_ROOT}/.platform/keycloak"
readonly TARBALL="${WORK_DIR}/keycloak-quarkus-dist-${KC_VERSION}.tar.gz"
readonly KC_HOME="${WORK_DIR}/keycloak-${KC_VERSION}"
readonly PID_FILE="${WORK_DIR}/keycloak.pid"
readonly LOG_FILE="${WORK_DIR}/keycloak.log"
readonly REALM_STAMP="${WORK_DIR}/realm.sha256"

log() { printf 'keycloak: %s\n' "$*"; }
die() { printf 'keycloak: error: %s\n' "$*" >&2; exit 1; }

usage() {
  sed -n '4,11p' "${BASH_SOURCE[0]}" | sed 's/^#   //'
  exit 2
}

# --- Java -------------------------------------------------------------------------------------

# Prints the feature version (21, 25, ...) of the JDK/JRE at $1, or nothing.
java_major() {
  local home="$1" version
  [[ -x "${home}/bin/java" ]] || return 0
  if [[ -r "${home}/release" ]]; then
    version="$(sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "${home}/release")"
  fi
  if [[ -z "${version:-}" ]]; then
    version="$("${home}/bin/java" -XshowSettings:properties -version 2>&1 \
      | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p')"
  fi
  printf '%s' "${version:-}"
}

find_java() {
  local candidate major best="" best_major=0
  if [[ -n "${KEYCLOAK_JAVA_HOME:-}" ]]; then
    major="$(java_major "${KEYCLOAK_JAVA_HOME}")"
    [[ -n "${major}" && "${major}" -ge 21 ]] \
      || die "KEYCLOAK_JAVA_HOME=${KEYCLOAK_JAVA_HOME} is not a Java 21 or newer"
    printf '%s' "${KEYCLOAK_JAVA_HOME}"
    return
  fi
  if [[ -n "$(java_major /usr/lib/jvm/temurin-25-jdk-amd64)" ]]; then
    printf '%s' /usr/lib/jvm/temurin-25-jdk-amd64
    return
  fi
  for candidate in ${JAVA_HOME:+"${JAVA_HOME}"} /usr/lib/jvm/*; do
    [[ -d "${candidate}" ]] || continue
    major="$(java_major "${candidate}")"
    if [[ -n "${major}" && "${major}" -ge 21 && "${major}" -gt "${best_major}" ]]; then
      best="${candidate}"
      best_major="${major}"
    fi
  done
  [[ -n "${best}" ]] || die "Keycloak ${KC_VERSION} needs Java 21 or newer; none found in /usr/lib/jvm. \
Install one (e.g. Temurin 25) or set KEYCLOAK_JAVA_HOME."
  printf '%s' "${best}"
}

# --- download and unpack, once -----------------------------------------------------------------

ensure_distribution() {
  mkdir -p "${WORK_DIR}"
  if [[ ! -s "${TARBALL}" ]]; then
    log "downloading ${KC_ARTIFACT} (about 176 MB) via the Maven wrapper"
    local started=${SECONDS}
    (cd "${REPO_ROOT}" && ./mvnw -q -N dependency:copy \
        -Dartifact="${KC_ARTIFACT}" -DoutputDirectory="${WORK_DIR}" -Dmdep.overWriteReleases=false) \
      || die "could not download ${KC_ARTIFACT} from the Maven repository"
    [[ -s "${TARBALL}" ]] || die "download finished but ${TARBALL} is missing"
    log "downloaded in $((SECONDS - started)) s"
  fi
  if [[ ! -x "${KC_HOME}/bin/kc.sh" ]]; then
    log "unpacking into ${KC_HOME#"${REPO_ROOT}"/}"
    local tmp="${WORK_DIR}/.unpack.$$"
    rm -rf "${tmp}"
    mkdir -p "${tmp}"
    tar -xzf "${TARBALL}" -C "${tmp}" || { rm -rf "${tmp}"; die "could not unpack ${TARBALL}"; }
    rm -rf "${KC_HOME}"
    mv "${tmp}/keycloak-${KC_VERSION}" "${KC_HOME}"
    rm -rf "${tmp}"
  fi
}

# Copies the realm into data/import. Keycloak imports a realm only when it does not exist yet,
# so when the realm file changed since the last import the dev database is wiped to re-import it.
stage_realm() {
  [[ -r "${REALM_FILE}" ]] || die "realm file ${REALM_FILE} not found"
  local sum
  sum="$(sha256sum "${REALM_FILE}" | cut -d' ' -f1)"
  if [[ -d "${KC_HOME}/data/h2" && "$(cat "${REALM_STAMP}" 2>/dev/null || true)" != "${sum}" ]]; then
    log "realm file changed since the last import: wiping the dev database to re-import it"
    rm -rf "${KC_HOME}/data/h2"
  fi
  mkdir -p "${KC_HOME}/data/import"
  cp "${REALM_FILE}" "${KC_HOME}/data/import/realm-${REALM}.json"
  printf '%s\n' "${sum}" > "${REALM_STAMP}"
}

# --- process handling ----------------------------------------------------------------------------

running_pid() {
  local pid
  [[ -r "${PID_FILE}" ]] || return 1
  pid="$(cat "${PID_FILE}")"
  [[ "${pid}" =~ ^[0-9]+$ ]] && kill -0 "${pid}" 2>/dev/null || return 1
  # a stale pid file may name a process that is not Keycloak any more
  ps -ww -o args= -p "${pid}" 2>/dev/null | grep -q "${KC_HOME}" || return 1
  printf '%s' "${pid}"
}

answers() { curl -fsS -o /dev/null --max-time 2 "${WELL_KNOWN}" 2>/dev/null; }

cmd_start() {
  local pid
  if pid="$(running_pid)"; then
    log "already running (pid ${pid}) at ${BASE_URL}"
    return 0
  fi
  if answers; then
    die "something else already serves ${WELL_KNOWN}; stop it or set KEYCLOAK_PORT"
  fi
  local java_home
  java_home="$(find_java)"
  ensure_distribution
  stage_realm

  log "starting Keycloak ${KC_VERSION} on ${BASE_URL} (Java: ${java_home}, log: ${LOG_FILE#"${REPO_ROOT}"/})"
  local started=${SECONDS}
  # setsid: Keycloak gets its own process group, so `stop` can end kc.sh and its JVM together.
  JAVA_HOME="${java_home}" \
  KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}" \
  KC_BOOTSTRAP_ADMIN_PASSWORD="${KEYCLOAK_ADMIN_PASSWORD:-admin}" \
    setsid "${KC_HOME}/bin/kc.sh" start-dev \
      --http-port="${PORT}" \
      --hostname="${BASE_URL}" \
      --import-realm \
      </dev/null >"${LOG_FILE}" 2>&1 &
  pid=$!
  printf '%s\n' "${pid}" > "${PID_FILE}"

  until answers; do
    if ! kill -0 "${pid}" 2>/dev/null; then
      rm -f "${PID_FILE}"
      tail -n 30 "${LOG_FILE}" >&2 || true
      die "Keycloak exited during start-up; see ${LOG_FILE}"
    fi
    if (( SECONDS - started >= START_TIMEOUT )); then
      tail -n 30 "${LOG_FILE}" >&2 || true
      cmd_stop >/dev/null || true
      die "realm ${REALM} did not answer within ${START_TIMEOUT} s; see ${LOG_FILE}"
    fi
    sleep 1
  done
  log "ready in $((SECONDS - started)) s: issuer ${BASE_URL}/realms/${REALM} (admin console ${BASE_URL}/admin, pid ${pid})"
}

cmd_stop() {
  local pid
  if ! pid="$(running_pid)"; then
    rm -f "${PID_FILE}"
    log "not running"
    return 0
  fi
  kill -TERM -- "-${pid}" 2>/dev/null || kill -TERM "${pid}" 2>/dev/null || true
  local waited=0
  while kill -0 "${pid}" 2>/dev/null || kill -0 -- "-${pid}" 2>/dev/null; do
    if (( waited >= 30 )); then
      kill -KILL -- "-${pid}" 2>/dev/null || kill -KILL "${pid}" 2>/dev/null || true
      break
    fi
    sleep 1
    waited=$((waited + 1))
  done
  rm -f "${PID_FILE}"
  log "stopped (pid ${pid})"
}

cmd_status() {
  local pid
  if pid="$(running_pid)"; then
    if answers; then
      log "running (pid ${pid}), realm ${REALM} answers at ${BASE_URL}/realms/${REALM}"
    else
      log "running (pid ${pid}), realm ${REALM} not answering yet at ${BASE_URL}"
    fi
    return 0
  fi
  log "stopped"
  return 3
}

cmd_reset() {
  cmd_stop
  rm -rf "${KC_HOME}/data/h2" "${REALM_STAMP}"
  log "dev database wiped; the next start re-imports ${REALM_FILE#"${REPO_ROOT}"/}"
}

# --- tokens ----------------------------------------------------------------------------------

# Reads a token endpoint response on stdin and prints its access_token, or the error and fails.
access_token_from() {
  local body token
  body="$(cat)"
  token="$(printf '%s' "${body}" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')"
  if [[ -z "${token}" ]]; then
    printf 'keycloak: error: no access token: %s\n' "${body:-no response from ${TOKEN_URL}}" >&2
    return 1
  fi
  printf '%s\n' "${token}"
}

cmd_token() {
  [[ $# -ge 1 ]] || die "usage: token <user> [password]  (demo password: <user>-demo)"
  local user="$1" password="${2:-$1-demo}"
  curl -sS --max-time 10 "${TOKEN_URL}" \
    --data-urlencode grant_type=password \
    --data-urlencode client_id="${CLI_CLIENT}" \
    --data-urlencode username="${user}" \
    --data-urlencode password="${password}" \
    --data-urlencode scope=openid \
    | access_token_from
}

cmd_client_token() {
  [[ $# -ge 1 ]] || die "usage: client-token <client-id> [secret]  (demo secret: <client-id>-demo-secret)"
  local client="$1" secret="${2:-$1-demo-secret}"
  curl -sS --max-time 10 "${TOKEN_URL}" \
    --data-urlencode grant_type=client_credentials \
    --data-urlencode client_id="${client}" \
    --data-urlencode client_secret="${secret}" \
    | access_token_from
}

cmd_claims() {
  local jwt="${1:-}"
  [[ -n "${jwt}" ]] || read -r jwt
  local payload
  payload="$(printf '%s' "${jwt}" | cut -d. -f2 | tr '_-' '/+')"
  while (( ${#payload} % 4 )); do payload="${payload}="; done
  if command -v jq >/dev/null 2>&1; then
    printf '%s' "${payload}" | base64 -d | jq .
  else
    printf '%s' "${payload}" | base64 -d
    printf '\n'
  fi
}

# Fetches real tokens and checks the claims every service relies on (needs jq and a running Keycloak).
cmd_verify() {
  command -v jq >/dev/null 2>&1 || die "verify needs jq (apt-get install jq)"
  local issuer="${BASE_URL}/realms/${REALM}" failures=0
  # kind subject organisation wards role
  local -a cases=(
    "user coordinator gemeente-oss [\"*\"] coordinator"
    "user anna ons-welzijn [\"ruwaard\"] professional"
    "user bram brabantwonen [\"ruwaard\"] professional"
    "user chantal pantein [\"ussen\"] professional"
    "user dirk ggz-oost-brabant [\"ruwaard\",\"ussen\"] professional"
    "user marieke ons-welzijn [\"ruwaard\"] manager"
    "user bestuurder brabantwonen [\"ruwaard\",\"ussen\"] director"
    "user carla gemeente-oss [\"ruwaard\",\"ussen\"] controller"
    "user frank gemeente-oss [\"ruwaard\",\"ussen\"] financier"
    "user ria - [\"ruwaard\"] resident"
    "client partner-brabantwonen brabantwonen [\"ruwaard\",\"ussen\"] partner-system"
    "client partner-pantein pantein [\"ruwaard\",\"ussen\"] partner-system"
    "client partner-jij-advies jij-advies-en-coaching [\"ruwaard\"] partner-system"
  )
  local line kind subject org wards role token claims verdict
  for line in "${cases[@]}"; do
    read -r kind subject org wards role <<<"${line}"
    if [[ "${kind}" == user ]]; then
      token="$(cmd_token "${subject}")" || { failures=$((failures + 1)); continue; }
    else
      token="$(cmd_client_token "${subject}")" || { failures=$((failures + 1)); continue; }
    fi
    claims="$(cmd_claims "${token}")"
    verdict="$(jq -r --arg iss "${issuer}" --arg org "${org}" --argjson wards "${wards}" --arg role "${role}" '
      [ (if .iss == $iss then empty else "iss=\(.iss)" end),
        (if .wards == $wards then empty else "wards=\(.wards|tojson)" end),
        (if ($org == "-" and .organisation == null) or .organisation == $org then empty
         else "organisation=\(.organisation)" end),
        (if (.realm_access.roles // []) | index($role) then empty else "realm_access.roles=\(.realm_access.roles|tojson)" end),
        (if (.groups // []) | index($role) then empty else "groups=\(.groups|tojson)" end),
        (if .preferred_username then empty else "no preferred_username" end)
      ] | join(", ")' <<<"${claims}")"
    if [[ -z "${verdict}" ]]; then
      printf 'ok   %-22s %s\n' "${subject}" "$(jq -c '{preferred_username, organisation, wards, roles: .realm_access.roles, groups}' <<<"${claims}")"
    else
      printf 'FAIL %-22s %s\n' "${subject}" "${verdict}"
      failures=$((failures + 1))
    fi
  done
  (( failures == 0 )) || die "${failures} token check(s) failed"
  log "all token checks passed (issuer ${issuer})"
}

main() {
  [[ $# -ge 1 ]] || usage
  local command="$1"
  shift
  case "${command}" in
    start) cmd_start ;;
    stop) cmd_stop ;;
    status) cmd_status ;;
    reset) cmd_reset ;;
    token) cmd_token "$@" ;;
    client-token) cmd_client_token "$@" ;;
    claims) cmd_claims "$@" ;;
    verify) cmd_verify ;;
    -h|--help|help) usage ;;
    *) printf 'keycloak: unknown command: %s\n' "${command}" >&2; usage ;;
  esac
}

main "$@"
