#!/usr/bin/env bash
# Prints the Secrets of secrets.template.yaml with fresh random values, as YAML for `kubectl apply -f -` (or for
# kubeseal, or to copy into your secret store). Run it ONCE per environment: new values on a running suite break
# every database login and make earlier audit seals unverifiable and sealed reporter identities unreadable.
#   deploy/kubernetes/make-secrets.sh | kubectl apply -n customs -f -
# Needs openssl and base64. The TLS Secret customs-tls is not made here: it comes from cert-manager or your CA.
set -euo pipefail
command -v openssl >/dev/null || { echo "make-secrets.sh: openssl is needed" >&2; exit 1; }

b64() { printf '%s' "$1" | base64 | tr -d '\n'; }
random() { openssl rand -base64 "$1" | tr -d '\n'; }

secret() { # name type key=value...
  local name="$1" type="$2"; shift 2
  printf -- '---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: %s\n  labels:\n    app.kubernetes.io/part-of: customs-suite\n' "$name"
  case "$name" in *-db) printf '    cnpg.io/reload: "true"\n' ;; esac
  printf 'type: %s\ndata:\n' "$type"
  for pair in "$@"; do printf '  %s: "%s"\n' "${pair%%=*}" "$(b64 "${pair#*=}")"; done
}

for user in declarations staffing hotline inspections keycloak; do
  secret "$user-db" kubernetes.io/basic-auth "username=$user" "password=$(random 24)"
done
for service in declarations staffing hotline inspections; do
  secret "$service-audit" Opaque CUSTOMS_AUDIT_HMAC_KEY_ID=k8s-1 "CUSTOMS_AUDIT_HMAC_KEY=$(random 32)" CUSTOMS_AUDIT_PREVIOUS_HMAC_KEYS=
done
proof_key="$(openssl genpkey -algorithm ed25519 -outform DER | base64 | tr -d '\n')"
secret hotline-protection Opaque \
  HOTLINE_PROTECTION_PROOF_KEY_ID=k8s-1 "HOTLINE_PROTECTION_PROOF_PRIVATE_KEY=$proof_key" HOTLINE_PROTECTION_PROOF_RETIRED_PUBLIC_KEYS= \
  HOTLINE_PROTECTION_IDENTITY_KEK_ID=k8s-1 "HOTLINE_PROTECTION_IDENTITY_KEK=$(random 32)" HOTLINE_PROTECTION_IDENTITY_RETIRED_KEKS=
secret keycloak-customs-suite-client Opaque "secret=$(random 32)"
